# A colon after an application.
1 2 3 :
