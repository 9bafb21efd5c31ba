#!/usr/bin/python3
"""Folds `perf script` output (from `perf record -g`) into a flame graph SVG.

    perf record -g -o perf.data -- build/release/bin/check_bench --benchmark_filter=BM_CheckArticle$
    perf script -i perf.data | tools/bench/flamegraph.py --root EmbeddedEngine::check > flame.svg

Each sample's stack becomes one path from the root (bottom) to the sampled frame (top); a box's
width is its share of the samples. Frames are demangled by perf; template arguments and
parameter lists are shortened so that the boxes stay readable. `--folded` prints the folded
stacks ("a;b;c COUNT") instead, for grep.
"""

import argparse
import html
import re
import sys
from collections import defaultdict


def shorten(frame):
    frame = re.sub(r"\+0x[0-9a-f]+$", "", frame)
    # Drop template arguments and parameter lists, innermost first.
    for pattern in (r"<[^<>]*>", r"\([^()]*\)"):
        while True:
            shorter = re.sub(pattern, "", frame)
            if shorter == frame:
                break
            frame = shorter
    return frame.strip() or "[unknown]"


def fold(lines):
    """Yields (stack tuple root..leaf, 1) per sample of perf script output."""
    stack = []
    in_sample = False
    for line in lines:
        line = line.rstrip("\n")
        if not line.strip():
            if stack:
                yield tuple(reversed(stack))
            stack = []
            in_sample = False
            continue
        if not in_sample:
            in_sample = True  # the sample's header line: comm, pid, time, event
            stack = []
            continue
        parts = line.strip().split(None, 1)
        if len(parts) < 2:
            continue
        symbol = parts[1].rsplit(" (", 1)[0]
        stack.append(shorten(symbol))
    if stack:
        yield tuple(reversed(stack))


class Node:
    __slots__ = ("name", "count", "children")

    def __init__(self, name):
        self.name = name
        self.count = 0
        self.children = {}


def build_tree(stacks):
    root = Node("all")
    for stack in stacks:
        root.count += 1
        node = root
        for frame in stack:
            node = node.children.setdefault(frame, Node(frame))
            node.count += 1
    return root


def colour(name):
    h = 0
    for c in name:
        h = (h * 31 + ord(c)) & 0xFFFFFFFF
    return "rgb({},{},{})".format(205 + h % 50, 80 + (h >> 8) % 130, 40 + (h >> 16) % 40)


def render(root, title, width=1800, row=16, min_width=0.5):
    boxes = []

    def depth_of(node):
        return 1 + max((depth_of(c) for c in node.children.values()), default=0)

    depth = depth_of(root)
    height = depth * row + 60

    def walk(node, x, level):
        w = node.count / root.count * (width - 20)
        if w < min_width:
            return
        y = height - 20 - (level + 1) * row
        share = 100.0 * node.count / root.count
        label = node.name if w > 7 * 6 else ""
        if label and len(label) * 7 > w:
            label = label[: max(0, int(w / 7) - 2)] + ".."
        boxes.append(
            '<g><title>{} ({} samples, {:.1f}%)</title>'
            '<rect x="{:.1f}" y="{}" width="{:.1f}" height="{}" fill="{}" rx="2"/>'
            '<text x="{:.1f}" y="{}">{}</text></g>'.format(
                html.escape(node.name), node.count, share, x, y, w, row - 1, colour(node.name), x + 3,
                y + row - 4, html.escape(label)))
        child_x = x
        for child in sorted(node.children.values(), key=lambda c: c.name):
            walk(child, child_x, level + 1)
            child_x += child.count / root.count * (width - 20)

    walk(root, 10, 0)
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" font-family="monospace" '
        'font-size="11">\n<rect width="100%" height="100%" fill="#f8f8f8"/>\n'
        '<text x="{cx}" y="24" text-anchor="middle" font-size="16">{t}</text>\n{b}\n</svg>\n'.format(
            w=width, h=height, cx=width / 2, t=html.escape(title), b="\n".join(boxes)))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--title", default="flame graph")
    parser.add_argument("--folded", action="store_true", help="print folded stacks, not SVG")
    parser.add_argument("--root", help="keep only samples whose stack has a frame containing this, from that frame up")
    args = parser.parse_args()
    stacks = list(fold(sys.stdin))
    if args.root:
        rooted = []
        for stack in stacks:
            at = next((i for i, frame in enumerate(stack) if args.root in frame), None)
            if at is not None:
                rooted.append(stack[at:])
        stacks = rooted
    if args.folded:
        counts = defaultdict(int)
        for stack in stacks:
            counts[";".join(stack)] += 1
        for stack, count in sorted(counts.items(), key=lambda kv: -kv[1]):
            print(stack, count)
        return
    sys.stdout.write(render(build_tree(stacks), "{} ({} samples)".format(args.title, len(stacks))))


if __name__ == "__main__":
    main()
