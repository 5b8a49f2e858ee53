# Non-ASCII is fine inside strings (and comments: café ✓).
[ "héllo" "✓ done" "日本語" "emoji 🚀" ]
