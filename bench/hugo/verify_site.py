#!/usr/bin/env python3
"""Check that Hugo wrote the same pages as PlanSite: the same set of index.html URL paths, and each
page the same once blank lines are ignored (the templates differ only in where blank lines fall).

Usage: verify_site.py PLANSITE_OUTPUT HUGO_PUBLIC
Prints "<n> pages identical" or lists the first differences and exits 1.
"""

import os
import sys


def pages(root):
    found = set()
    for directory, _, files in os.walk(root):
        if 'index.html' in files:
            found.add(os.path.relpath(os.path.join(directory, 'index.html'), root))
    return found


def without_blank_lines(path):
    with open(path, encoding='utf-8') as f:
        return [line for line in f if line.strip()]


def main():
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    plansite, hugo = sys.argv[1], sys.argv[2]
    expected, actual = pages(plansite), pages(hugo)
    problems = [f'only in PlanSite: {p}' for p in sorted(expected - actual)]
    problems += [f'only in Hugo: {p}' for p in sorted(actual - expected)]
    for page in sorted(expected & actual):
        if without_blank_lines(os.path.join(plansite, page)) != without_blank_lines(os.path.join(hugo, page)):
            problems.append(f'differs: {page}')
    if problems:
        print('\n'.join(problems[:20]), file=sys.stderr)
        raise SystemExit(f'{len(problems)} page(s) differ between {plansite} and {hugo}')
    print(f'{len(expected)} pages identical (ignoring blank lines)')


if __name__ == '__main__':
    main()
