#!/usr/bin/env bash
# Side-by-side build benchmark: Hugo rendering the same pages as a PlanSite build (issue 9).
#
# Usage:
#   bench/hugo/compare.sh [options] PLANSITE_OUTPUT WORK_DIR
#
#   PLANSITE_OUTPUT  a folder written by `plansite build` (e.g. /tmp/o10k)
#   WORK_DIR         where the Hugo site (content/, layouts/, hugo.toml) is written
#
# Options:
#   --runs N               timed builds per generator (default 3)
#   --dest DIR             folder for the build outputs (default WORK_DIR): Hugo writes
#                          DIR/hugo-public; use a tmpfs (/dev/shm/...) to take the disk out
#   --plansite-content DIR also time a full PlanSite build of the content folder DIR, into
#                          DEST/plansite-out (same file system as Hugo's output), alternating
#                          with Hugo run by run
#   --plansite-dll FILE    PlanSite build to run: a PlanSite.dll (run with dotnet) or a natively
#                          published PlanSite executable (default generator/bin/Release/net10.0/PlanSite.dll)
#   --plansite-figures "WALL USER SYS RSS_KB"
#                          PlanSite figures measured elsewhere, printed beside Hugo's
#   --no-verify            skip checking that Hugo's pages equal PlanSite's
#
# What is compared: pages only. Hugo gets one content page per PlanSite page (every index.html),
# at the same URL, whose body is that page's <main> content byte for byte; the head, header,
# breadcrumbs and footer come from Hugo templates (bench/hugo/layouts). PlanSite's data files
# (CSV, JSON, ZIP), chart SVGs, feeds and sitemap are not reproduced: Hugo would only copy them.
# After the timed runs the Hugo pages are checked to be identical to PlanSite's, blank lines aside.
#
# Each run starts cold for the generator (a new process, output folder deleted first); the
# operating system's file cache is warm for both, since content was just read. Times are from
# /usr/bin/time: wall s, user s, sys s, peak resident KB.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)

runs=3
dest=""
plansite_content=""
plansite_dll="$repo/generator/bin/Release/net10.0/PlanSite.dll"
plansite_figures=""
verify=1

usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//' >&2; exit 2; }

while (($#)); do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --dest) dest=$2; shift 2 ;;
    --plansite-content) plansite_content=$2; shift 2 ;;
    --plansite-dll) plansite_dll=$2; shift 2 ;;
    --plansite-figures) plansite_figures=$2; shift 2 ;;
    --no-verify) verify=0; shift ;;
    -h|--help) usage ;;
    --*) echo "unknown option: $1" >&2; usage ;;
    *) break ;;
  esac
done
(($# == 2)) || usage
plansite_out=$(cd "$1" && pwd)
mkdir -p "$2"
work=$(cd "$2" && pwd)
dest=${dest:-$work}
mkdir -p "$dest"
hugo_public="$dest/hugo-public"

command -v hugo >/dev/null || { echo "hugo is not installed (apt-get install hugo)" >&2; exit 1; }
[[ -x /usr/bin/time ]] || { echo "/usr/bin/time is missing (apt-get install time)" >&2; exit 1; }

# 1. The Hugo site: generated content, plus the layouts and configuration kept in the repo.
echo "hugo site: $work (from $plansite_out)"
pages=$(python3 "$here/make_site.py" "$plansite_out" "$work")
rm -rf "$work/layouts"
cp -r "$here/layouts" "$here/hugo.toml" "$work/"
echo "pages: $pages; $(hugo version)"
echo "output on: $(df --output=fstype "$dest" | tail -1) ($dest)"

# Times one command into the file named by $1 ("wall user sys rss_kb"); its output goes to $1.log.
timed() {
  local into=$1; shift
  /usr/bin/time -f '%e %U %S %M' -o "$into" "$@" >"$into.log" 2>&1 \
    || { echo "failed: $*" >&2; cat "$into.log" >&2; exit 1; }
}

# Prints one result row: label, pages, wall, CPU (user+sys), peak, output size, ms/page.
row() {
  local label=$1 count=$2 wall=$3 user=$4 sys=$5 rss_kb=$6 bytes=$7
  awk -v l="$label" -v n="$count" -v w="$wall" -v u="$user" -v s="$sys" -v m="$rss_kb" -v b="$bytes" \
    'BEGIN { printf "| %s | %d | %.2f | %.2f (%.2f + %.2f) | %d MB | %s | %.3f |\n",
             l, n, w, u + s, u, s, m / 1024, (b == "" ? "–" : sprintf("%.1f MB", b / 1e6)), w * 1000 / n }'
}

# Bytes of the files written (not counting directories, which du would add).
size_of() { find "$1" -type f -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }'; }
load() { cut -d" " -f1-3 /proc/loadavg; }

echo
echo "load average before: $(load)"
echo
echo "| run | pages | wall (s) | CPU user+sys (s) | peak RSS | output | ms/page (wall) |"
echo "|---|---:|---:|---:|---:|---:|---:|"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for ((i = 1; i <= runs; i++)); do
  # 2. Hugo, cold: a new process and no public/ folder from the previous run.
  rm -rf "$hugo_public"
  timed "$tmp/hugo" hugo --quiet --source "$work" --destination "$hugo_public"
  read -r wall user sys rss < "$tmp/hugo"
  row "Hugo $i" "$pages" "$wall" "$user" "$sys" "$rss" "$(size_of "$hugo_public")"

  # 3. Optionally PlanSite on the same content and the same file system, right after.
  if [[ -n $plansite_content ]]; then
    # A full build from scratch: the plan cache beside the output goes too.
    rm -rf "$dest/plansite-out" "$dest/.plansite-out.cache"
    if [[ $plansite_dll == *.dll ]]; then runner=(dotnet "$plansite_dll"); else runner=("$plansite_dll"); fi
    timed "$tmp/plansite" "${runner[@]}" build --content "$plansite_content" --templates "$repo/templates" --out "$dest/plansite-out"
    read -r wall user sys rss < "$tmp/plansite"
    ps_pages=$(find "$dest/plansite-out" -name index.html | wc -l)
    row "PlanSite $i (all files)" "$ps_pages" "$wall" "$user" "$sys" "$rss" "$(size_of "$dest/plansite-out")"
  fi
done
echo
echo "load average after: $(load)"
if [[ -n $plansite_figures ]]; then
  read -r wall user sys rss <<< "$plansite_figures"
  row "PlanSite (given, all files)" "$pages" "$wall" "$user" "$sys" "$rss" ""
fi
echo
echo "PlanSite rows: ms/page is over the same pages, but PlanSite also writes its data files,"
page_bytes=$(find "$plansite_out" -name index.html -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }')
echo "charts and feeds ($(find "$plansite_out" -type f | wc -l) files in $plansite_out, $(size_of "$plansite_out") bytes;"
echo "its pages alone: $page_bytes bytes)."

# 4. Hugo did the same work: the same pages, the same bytes (blank lines aside).
if ((verify)); then
  python3 "$here/verify_site.py" "$plansite_out" "$hugo_public"
fi
