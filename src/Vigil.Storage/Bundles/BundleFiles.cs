namespace Vigil.Storage.Bundles;

/// <summary>The README and the verification script written into every bundle.</summary>
internal static class BundleFiles
{
    public const string ScriptName = "verify_bundle.py";

    public static string Readme(bool forPublic, long head, string headHash) => $$"""
        # Vigil evidence bundle

        This folder is a self-contained evidence bundle written by Vigil ({{(forPublic ? "public profile: see data/withheld.txt for what was left out" : "full profile, for people entitled to see everything")}}).
        Its layout follows BagIt (RFC 8493): `bagit.txt`, `bag-info.txt`, `manifest-sha256.txt`, `tagmanifest-sha256.txt`, and the payload in `data/`.

        | file | what it holds |
        |---|---|
        | `data/records/incidents.json` | the incidents: fields, figures, review status, and every report's account (mention) with its evidence span and the span of each field inside it |
        | `data/records/incidents.csv`, `data/records/spans.csv` | the same as tables: one row per incident; one row per evidence or field span |
        | `data/records/media.json` | the photos and footage editors attached to these incidents: for each, the file attached, who attached it, and every file found to show the same picture or footage (its media item: SHA-256, report and its publication date, when Vigil stored it, perceptual distance) with its copy in `data/evidence/`, or listed in `data/withheld.txt` where it is withheld |
        | `data/records/evidence.json` | the evidence files: their SHA-256, the report they belong to{{(forPublic ? ", the SHA-256 of the original (the file here has its embedded metadata removed)" : ", their original names and embedded metadata")}} |
        | `data/reports/SHA256.ext` | each report's original bytes, named by their SHA-256 |
        | `data/texts/SHA256.txt` | the text Vigil read from each report; spans are offsets into it, counted in UTF-16 code units |
        | `data/evidence/SHA256.ext` | evidence files, named by their SHA-256 |
        | `data/audit/segment.jsonl` | the part of Vigil's hash-chained audit log from the first entry naming any of these records up to the head |
        | `data/audit/head.txt` | the head: `SEQUENCE:HASH` (here `{{head}}:{{headHash}}`) |

        ## Checking it without Vigil

        1. Every file is what was bundled:

               sha256sum -c manifest-sha256.txt && sha256sum -c tagmanifest-sha256.txt

           (`shasum -a 256 -c` on macOS.) A changed byte, a removed file or an edited record fails here, naming the file.
           A file added to `data/` is not listed in the manifest; the script below reports it.

        2. The audit chain is unbroken and each original report and evidence file was recorded in it:

               python3 verify_bundle.py .

           The script uses only Python's standard library. Each audit entry's hash is the SHA-256 of its fields
           (sequence, time, actor, action, subject type, subject id, payload hash, previous hash) joined by newlines;
           the script recomputes every hash, checks that each entry names the previous one, that the last one is the
           head in `data/audit/head.txt`, and that every file in `data/reports/` and `data/evidence/` is named by its
           own SHA-256 and recorded by an entry of the chain.

        3. The chain is the one Vigil kept: compare the head with one published earlier by the organisation that keeps
           the Vigil store (a signed message, a public post, a timestamp), or ask it to run `vigil verify --expect-head {{head}}:{{headHash}}`.
           Someone who controls the store could rewrite a whole chain; a head published before cannot be rewritten.

        `vigil verify-bundle PATH` runs the same checks.
        """;

    public const string Script = """
        #!/usr/bin/env python3
        "Checks a Vigil evidence bundle with Python's standard library only: manifests, audit chain, file names."
        import hashlib, json, os, sys


        def sha256(path):
            h = hashlib.sha256()
            with open(path, "rb") as f:
                for block in iter(lambda: f.read(1 << 20), b""):
                    h.update(block)
            return h.hexdigest()


        def escape(value):
            return value.replace("\\", "\\\\").replace("\n", "\\n")


        def check(root):
            problems = []
            if not os.path.isfile(os.path.join(root, "bagit.txt")):
                problems.append("bagit.txt: missing (not a bundle)")
            listed = set()
            for manifest in ("tagmanifest-sha256.txt", "manifest-sha256.txt"):
                path = os.path.join(root, manifest)
                if not os.path.isfile(path):
                    problems.append(manifest + ": missing")
                    continue
                with open(path, encoding="utf-8") as f:
                    for number, line in enumerate(f, 1):
                        line = line.rstrip("\n")
                        if not line:
                            continue
                        digest, _, name = line.partition("  ")
                        if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
                            problems.append("%s line %d: not 'SHA256  FILE'" % (manifest, number))
                            continue
                        listed.add(name)
                        target = os.path.join(root, *name.split("/"))
                        if not os.path.isfile(target):
                            problems.append(name + ": missing (listed in " + manifest + ")")
                        elif sha256(target) != digest:
                            problems.append(name + ": checksum mismatch (" + manifest + " line " + str(number) + ")")
            for tag in ("bagit.txt", "bag-info.txt", "manifest-sha256.txt", "README.md", "verify_bundle.py"):
                if tag not in listed:
                    problems.append(tag + ": not in tagmanifest-sha256.txt")
            for folder, _, files in os.walk(os.path.join(root, "data")):
                for file in files:
                    name = os.path.relpath(os.path.join(folder, file), root).replace(os.sep, "/")
                    if name not in listed:
                        problems.append(name + ": not in manifest-sha256.txt")

            subjects, latest, previous, head = set(), {}, None, None
            segment = os.path.join(root, "data", "audit", "segment.jsonl")
            if os.path.isfile(segment):
                with open(segment, encoding="utf-8") as f:
                    for number, line in enumerate(f, 1):
                        try:
                            e = json.loads(line)
                            canonical = "\n".join([str(e["sequence"]), e["at"], escape(e["actor"]), escape(e["action"]),
                                                   escape(e["subject_type"]), escape(e["subject_id"]), e["payload_hash"], e["previous_hash"]])
                        except (ValueError, KeyError, TypeError) as error:
                            problems.append("data/audit/segment.jsonl line %d: not an audit entry (%s)" % (number, error))
                            continue
                        if hashlib.sha256(canonical.encode("utf-8")).hexdigest() != e["hash"]:
                            problems.append("data/audit/segment.jsonl line %d: entry %d was edited (its hash does not match its fields)" % (number, e["sequence"]))
                        if previous is not None and (e["sequence"] != previous[0] + 1 or e["previous_hash"] != previous[1]):
                            problems.append("data/audit/segment.jsonl line %d: entry %d does not follow entry %d" % (number, e["sequence"], previous[0]))
                        previous = (e["sequence"], e["hash"])
                        subjects.add(e["subject_id"])
                        latest[e["subject_id"]] = e["action"]
            head_file = os.path.join(root, "data", "audit", "head.txt")
            if os.path.isfile(head_file):
                with open(head_file, encoding="utf-8") as f:
                    head = f.read().strip()
            if previous is not None and head != "%d:%s" % previous:
                problems.append("data/audit/head.txt: the head %s is not the last entry of the segment (%d:%s)" % (head, previous[0], previous[1]))

            originals = {}
            evidence_list = os.path.join(root, "data", "records", "evidence.json")
            if os.path.isfile(evidence_list):
                try:
                    with open(evidence_list, encoding="utf-8") as f:
                        originals = {e["file"]: e["original_sha256"] for e in json.load(f)}
                except (ValueError, KeyError, TypeError):
                    problems.append("data/records/evidence.json: not a list of evidence files")
            for kind in ("reports", "evidence"):
                folder = os.path.join(root, "data", kind)
                for file in sorted(os.listdir(folder)) if os.path.isdir(folder) else []:
                    name = "data/%s/%s" % (kind, file)
                    digest = sha256(os.path.join(folder, file))
                    if file.split(".")[0] != digest:
                        problems.append(name + ": not named by its SHA-256 (" + digest + ")")
                    if originals.get(name, digest) not in subjects:
                        problems.append(name + ": not recorded by any entry of the audit segment")
            media_list = os.path.join(root, "data", "records", "media.json")
            if os.path.isfile(media_list):
                try:
                    with open(media_list, encoding="utf-8") as f:
                        links = [(l["incident"], l["evidence_sha256"], [(m["sha256"], m.get("file")) for m in l["media_item"]]) for l in json.load(f)]
                except (ValueError, KeyError, TypeError):
                    links = []
                    problems.append("data/records/media.json: not a list of media links")
                withheld_file = os.path.join(root, "data", "withheld.txt")
                withheld = ""
                if os.path.isfile(withheld_file):
                    with open(withheld_file, encoding="utf-8") as f:
                        withheld = f.read()
                for incident, evidence, files in links:
                    subject = incident + "/" + evidence
                    if latest.get(subject) != "media.attached":
                        problems.append("data/records/media.json: media link %s is not recorded as attached by the audit segment" % subject)
                    for digest, copy in dict(files).items():
                        if copy is None:
                            if digest not in withheld:
                                problems.append("data/records/media.json: file %s of media link %s is neither in the bundle nor listed in withheld.txt" % (digest, subject))
                        elif not copy.startswith("data/evidence/") or ".." in copy or not os.path.isfile(os.path.join(root, *copy.split("/"))):
                            problems.append("data/records/media.json: file %s of media link %s: its copy %s is not in data/evidence" % (digest, subject, copy))
                        elif originals.get(copy, copy.split("/")[-1].split(".")[0]) != digest:
                            problems.append("data/records/media.json: file %s of media link %s: %s is a copy of another file" % (digest, subject, copy))
            return problems, head


        if __name__ == "__main__":
            root = sys.argv[1] if len(sys.argv) > 1 else "."
            problems, head = check(root)
            for p in problems:
                print("FAILED: " + p)
            if problems:
                sys.exit(1)
            print("OK: manifests, audit chain and file names check out; audit head " + str(head))
        """;
}
