"""Draws docs/scale.svg from the figures `rectify bench search` and `rectify bench scale` printed (README, Figures).
Run: python3 docs/scale-plot.py  (no packages needed)."""
import math

PLANS = [5, 2000, 20000]
SERIES = [  # name, value at 5 / 2,000 / 20,000 plans (None: not measured at that size), colour
    ("ingest + index (s)", [1.6, 43.1, 414.5], "#1f77b4"),
    ("start to first answer (s)", [1.7, 1.7, 2.2], "#2ca02c"),
    ("search p50 over HTTP (ms)", [1.61, 2.70, 7.32], "#d62728"),
    ("search p99 over HTTP (ms)", [9.22, 7.65, 23.70], "#ff7f0e"),
    ("precedents p50 over HTTP (ms)", [3.22, 8.99, 9.57], "#9467bd"),
    ("comparison, first page, warm (ms)", [None, 15.3, 168], "#8c564b"),
    ("one plan added until searchable (ms)", [None, 134, 493], "#e377c2"),
    ("serving RSS (MB)", [None, 399, 791], "#7f7f7f"),
]
W, H, L, R, T, B = 760, 460, 70, 250, 40, 60
YMIN, YMAX = 1, 2000


def x(p):
    return L + (math.log10(p) - math.log10(3)) / (math.log10(40000) - math.log10(3)) * (W - L - R)


def y(v):
    return T + (1 - (math.log10(v) - math.log10(YMIN)) / (math.log10(YMAX) - math.log10(YMIN))) * (H - T - B)


out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" font-family="sans-serif" font-size="11">',
       f'<rect width="{W}" height="{H}" fill="white"/>',
       f'<text x="{L}" y="22" font-size="14">Rectify.Search at 5, 2,000 and 20,000 plans (2 cores; rectify bench search / scale)</text>']
for v in [1, 10, 100, 1000]:
    out.append(f'<line x1="{L}" x2="{W - R}" y1="{y(v):.1f}" y2="{y(v):.1f}" stroke="#ddd"/>'
               f'<text x="{L - 6}" y="{y(v) + 4:.1f}" text-anchor="end">{v:,}</text>')
for p in PLANS:
    out.append(f'<line x1="{x(p):.1f}" x2="{x(p):.1f}" y1="{T}" y2="{H - B}" stroke="#eee"/>'
               f'<text x="{x(p):.1f}" y="{H - B + 16}" text-anchor="middle">{p:,} plans</text>')
out.append(f'<text x="{(L + W - R) / 2}" y="{H - 18}" text-anchor="middle">corpus size (log scale); each figure in its own unit (log scale)</text>')
for i, (name, values, colour) in enumerate(SERIES):
    points = [(x(p), y(v)) for p, v in zip(PLANS, values) if v]
    out.append('<polyline fill="none" stroke="%s" stroke-width="2" points="%s"/>' % (colour, ' '.join(f'{a:.1f},{b:.1f}' for a, b in points)))
    out += [f'<circle cx="{a:.1f}" cy="{b:.1f}" r="3" fill="{colour}"/>' for a, b in points]
    top = T + 10 + i * 18
    out.append(f'<rect x="{W - R + 12}" y="{top - 8}" width="12" height="3" fill="{colour}"/><text x="{W - R + 30}" y="{top - 3}">{name}</text>')
out.append('</svg>')
open(__file__.replace('scale-plot.py', 'scale.svg'), 'w').write('\n'.join(out) + '\n')
