"""Reports of about 3 KB for the extraction benches: each source body cut at paragraph ends, with its front matter.

    python3 bench/lib/make-reports.py OUT_DIR (--mb MEGABYTES | --count REPORTS) SOURCE_DIR...

Writes r000000.txt, r000001.txt, ... into OUT_DIR, cycling through the pieces, until the folder holds MEGABYTES
megabytes or REPORTS reports. Used by extract-process.sh and extract-instructions.sh, so both time the same kind of text.
"""
import argparse, glob, os, sys

ap = argparse.ArgumentParser()
ap.add_argument("out")
size = ap.add_mutually_exclusive_group(required=True)
size.add_argument("--mb", type=int)
size.add_argument("--count", type=int)
ap.add_argument("sources", nargs="+")
a = ap.parse_args()

pieces = []
for d in a.sources:
    for f in sorted(glob.glob(os.path.join(d, "*.txt"))):
        text = open(f, encoding="utf-8").read()
        head, body = "", text
        if text.startswith("---\n") and "\n---\n" in text[4:]:
            end = text.index("\n---\n", 4) + 5
            head, body = text[:end], text[end:]
        chunk = ""
        for para in body.split("\n\n"):
            chunk += para + "\n\n"
            if len(chunk.encode("utf-8")) >= 3000:
                pieces.append(head + chunk); chunk = ""
        if chunk.strip():
            pieces.append(head + chunk)
if not pieces:
    sys.exit("error: no .txt reports in " + ", ".join(a.sources))

total, n = 0, 0
while (a.count is not None and n < a.count) or (a.mb is not None and total < a.mb * 1_000_000):
    p = pieces[n % len(pieces)]
    open(os.path.join(a.out, f"r{n:06d}.txt"), "w", encoding="utf-8").write(p)
    total += len(p.encode("utf-8")); n += 1
print(f"{n} reports, {total / 1e6:.2f} MB", file=sys.stderr)
