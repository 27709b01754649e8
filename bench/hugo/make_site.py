#!/usr/bin/env python3
"""Turn a PlanSite output folder into an equivalent Hugo site, for a side-by-side build benchmark.

One Hugo content page per PlanSite page (every index.html), at the same URL path. The page body is
the PlanSite page's <main> content, copied byte for byte, so both generators write the same body
bytes; the head, site header, breadcrumbs and footer are produced by the Hugo templates in
bench/hugo/layouts from front matter (title, description, og:type, breadcrumb page paths), so Hugo
does the same shell work PlanSite does: per-page relative URL prefix, one site.GetPage lookup per
breadcrumb, partials, HTML escaping.

Content files are HTML (not Markdown): Hugo passes them through without Goldmark, which is what
makes the body bytes identical. Only pages are reproduced; PlanSite's data files (CSV, JSON, ZIP),
chart SVGs, feeds and sitemap are not (Hugo would just copy them as static files).

Usage: make_site.py PLANSITE_OUTPUT SITE_DIR   (SITE_DIR/content is replaced)
"""

import html
import json
import os
import re
import shutil
import sys
import urllib.parse

MAIN_OPEN = re.compile(r'<main[^>]*>\n?')
TITLE = re.compile(r'<title>(.*?)</title>', re.S)
OG_TITLE = re.compile(r'<meta property="og:title" content="([^"]*)">')
OG_TYPE = re.compile(r'<meta property="og:type" content="([^"]*)">')
DESCRIPTION = re.compile(r'<meta name="description" content="([^"]*)">')
CRUMBS = re.compile(r'<nav class="breadcrumbs[^"]*"[^>]*>(.*?)</nav>', re.S)
CRUMB_LINK = re.compile(r'<li><a href="([^"]*)">')
UP = re.compile(r'^(?:\./|(?:\.\./)+)')


def url_path(output_root, index_file):
    """'plans/x/measures/3' for <output>/plans/x/measures/3/index.html; '' for the home page."""
    rel = os.path.relpath(os.path.dirname(index_file), output_root)
    return '' if rel == '.' else rel.replace(os.sep, '/')


def crumb_page_path(href):
    """Hugo content path of a breadcrumb link: '../../plans/x/' -> '/plans/x'."""
    target = urllib.parse.unquote(UP.sub('', href)).strip('/')
    return '/' + target


def parse_page(text, source):
    """Front matter fields and the <main> body of one PlanSite page."""
    opened = MAIN_OPEN.search(text)
    closed = text.rfind('</main>')
    if opened is None or closed < opened.end():
        raise SystemExit(f'{source}: no <main>…</main> element')
    body = text[opened.end():closed]
    front = {}
    if '<body class="embed">' in text:
        # Embeddable chart page: its own minimal template, no site shell.
        front['layout'] = 'embed'
        title = TITLE.search(text).group(1)
        front['title'] = html.unescape(title.rsplit(' | ', 1)[0])
        return front, body
    og_title = OG_TITLE.search(text)
    if og_title is None:
        raise SystemExit(f'{source}: no og:title')
    front['title'] = html.unescape(og_title.group(1))
    description = DESCRIPTION.search(text)
    if description:
        front['description'] = html.unescape(description.group(1))
    front['ogtype'] = OG_TYPE.search(text).group(1)
    nav = CRUMBS.search(text)
    if nav:
        # The first link is the home page, which the template writes itself.
        front['crumbs'] = [crumb_page_path(h) for h in CRUMB_LINK.findall(nav.group(1))[1:]]
    return front, body


def main():
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    output_root, site_dir = sys.argv[1], sys.argv[2]
    pages = []
    for directory, _, files in os.walk(output_root):
        if 'index.html' in files:
            pages.append(os.path.join(directory, 'index.html'))
    if not pages:
        raise SystemExit(f'{output_root}: no index.html pages')
    paths = {url_path(output_root, p) for p in pages}

    # A page with pages below it becomes a Hugo section (_index.html, list template); the others
    # are regular pages (<parent>/<name>.html, single template). Hugo makes every top-level folder
    # a section with a page of its own, so top-level folders that are not PlanSite pages get an
    # _index.html that is never rendered, to keep the page count equal.
    has_children = {p.rsplit('/', 1)[0] for p in paths if '/' in p} | {''}
    content = os.path.join(site_dir, 'content')
    shutil.rmtree(content, ignore_errors=True)
    written = 0
    for page in sorted(pages):
        path = url_path(output_root, page)
        with open(page, encoding='utf-8') as f:
            front, body = parse_page(f.read(), page)
        if path == '' or path in has_children:
            target = os.path.join(content, path, '_index.html')
        else:
            target = os.path.join(content, path + '.html')
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, 'w', encoding='utf-8') as f:
            f.write(json.dumps(front, ensure_ascii=False))
            f.write('\n')
            f.write(body)
        written += 1
    for top in sorted({p.split('/', 1)[0] for p in paths if p} - paths):
        os.makedirs(os.path.join(content, top), exist_ok=True)
        with open(os.path.join(content, top, '_index.html'), 'w', encoding='utf-8') as f:
            f.write(json.dumps({'title': top, '_build': {'render': 'never'}}) + '\n')
    print(written)


if __name__ == '__main__':
    main()
