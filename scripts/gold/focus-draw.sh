#!/usr/bin/env bash
# Draws a development set of the focus gold reproducibly: N articles of a corpus, shuffled by a seeded stream
# (AES-CTR over zeros, as GNU shuf's manual suggests: `yes 4` as a source keeps neighbouring files together), skipping
# the 60 of articles.txt, the articles of the sets drawn before this one (articles-<seed>.txt files whose seed sorts
# before this one in version order: dev2 for dev3, dev9 for dev10, so that redrawing dev2 still gives dev2), and items
# whose body has no text once the markup and the update stamp are gone.
# Usage (from the project): scripts/gold/focus-draw.sh xwlb 20 dev3; scripts/gold/focus-draw.sh pfr199801 10 dev3
set -eu  # no pipefail: head ends the loop early on purpose
corpus=$1 n=$2 seed=$3
gold=$(cd "$(dirname "$0")/../../gold/focus" && pwd)
# The articles already drawn, as keys of an array (no temporary file: nothing goes to the OS temporary folder).
declare -A used
lists=("$gold/articles.txt")
for list in "$gold"/articles-*.txt; do
  name=$(basename "$list" .txt) name=${name#articles-}
  [ -e "$list" ] && [ "$name" != "$seed" ] &&
    [ "$(printf '%s\n' "$name" "$seed" | sort -V | head -n 1)" = "$name" ] && lists+=("$list")
done
while read -r f; do [ -n "$f" ] && used[$f]=1; done < <(cat "${lists[@]}")
cd "$(dirname "$0")/../../../shared/corpora"
find "$corpus" -name '*.md' | sort |
  shuf --random-source=<(openssl enc -aes-256-ctr -pass "pass:$seed" -nosalt -pbkdf2 </dev/zero 2>/dev/null) |
  while read -r f; do
    [ -n "${used[$f]-}" ] && continue
    # The body is what follows the front matter's closing ---; tags, &nbsp;, white space and 新闻联播's closing rule
    # with its update stamp (---, (更新时间戳: …)) are no text.
    body=$(awk 'seen >= 2 { print } /^---$/ { seen++ }' "$f" | sed -e 's/<[^>]*>//g' -e 's/&nbsp;//g' |
      grep -v -e '^---$' -e '^(更新时间戳: [0-9]*)$' | tr -d '[:space:]')
    [ -n "$body" ] && echo "$f"
  done | head -n "$n"
