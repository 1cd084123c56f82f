#!/usr/bin/env bash
# Message catalogues (*_messages.hpp) must not collide: every message id is unique,
# and no two catalogues define the same constant in the same namespace (an
# `inline constexpr` twin would silently be merged by the linker — one message
# shown for another).
set -u
cd "$(dirname "$0")/.."
files=$(git ls-files '*_messages.hpp' 2>/dev/null; ls engine/*/*_messages.hpp dsl/*_messages.hpp cli/*_messages.hpp 2>/dev/null)
files=$(echo "$files" | sort -u)
status=0
dup_ids=$(grep -ho '"[a-z]*\.[a-z0-9-]*"' $files | grep -E '^"(parse|input|case|testing|resolve|check|eval|driver|cli|inherit|diff|compare|results|replay|answers|survey)\.' | sort | uniq -d)
if [ -n "$dup_ids" ]; then echo "message ids defined twice: $dup_ids"; status=1; fi
dup_names=$(for f in $files; do
  ns=$(grep -m1 -o '^namespace [a-z:]*' "$f" | cut -d' ' -f2)
  grep -o 'MessageDef k[A-Za-z0-9]*' "$f" | sed "s|MessageDef |$ns::|"
done | sort | uniq -d)
if [ -n "$dup_names" ]; then echo "message constants defined twice in one namespace: $dup_names"; status=1; fi
echo "$(echo "$files" | wc -l) catalogues checked"
exit $status
