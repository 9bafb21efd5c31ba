"""`factcheck datasets add|list|remove|update`, vintages with `check --as-known-on`, a broken
package in `check`, and `validate` on a folder with a non-package subfolder, as an editor runs
them. XDG_DATA_HOME points at a temporary directory; a URL is served over HTTPS from
127.0.0.1 with a self-signed certificate made here by openssl.

Usage: cli_datasets_test.py FACTCHECK_BINARY VINTAGE_FIXTURES_DIR
"""
import http.server
import json
import os
import shutil
import ssl
import subprocess
import sys
import tarfile
import tempfile
import threading

GHANA = "Ghana's economy was worth about $38.6 billion in 2014.\n"


def main():
    binary, fixtures = sys.argv[1], sys.argv[2]
    old_vintage = os.path.join(fixtures, "gdp-2018-01-14")
    failures = []
    tmp = tempfile.mkdtemp(prefix="factcheck-datasets-test-")
    env = dict(os.environ, XDG_DATA_HOME=os.path.join(tmp, "xdg"), NO_COLOR="1")
    env.pop("FACTCHECK_DATASET_PATH", None)

    def run(*args, check_exit=None):
        result = subprocess.run([binary, *args], capture_output=True, text=True, timeout=300, env=env)
        if check_exit is not None and result.returncode != check_exit:
            failures.append(f"{' '.join(args)}: exit {result.returncode}, expected {check_exit}\n"
                            f"stdout: {result.stdout}\nstderr: {result.stderr}")
        return result

    def expect(condition, message):
        if not condition:
            failures.append(message)

    article = os.path.join(tmp, "ghana.txt")
    with open(article, "w") as out:
        out.write("---\npublished: 2018-03-01\n---\n" + GHANA)

    try:
        # add: validated, installed under XDG_DATA_HOME, recorded in the manifest
        added = run("datasets", "add", old_vintage, check_exit=0)
        expect("installed gdp vintage 2018-01-14" in added.stdout, f"add output: {added.stdout}")
        data_dir = os.path.join(tmp, "xdg", "factcheck", "datasets")
        with open(os.path.join(data_dir, "installed.json")) as manifest_file:
            manifest = json.load(manifest_file)["packages"]
        expect(len(manifest) == 1 and manifest[0]["vintage"] == "2018-01-14" and len(manifest[0]["sha256"]) == 64,
               f"manifest: {manifest}")

        listed = json.loads(run("datasets", "list", "--format", "json", check_exit=0).stdout)["datasets"]
        gdp = sorted((d for d in listed if d["name"] == "gdp"), key=lambda d: d["vintage"])
        expect([d["vintage"] for d in gdp] == ["2018-01-14", "2026-11-28"], f"gdp vintages listed: {gdp}")
        for entry in gdp:
            for key in ("sources", "licenses", "rowCount", "sizeBytes", "sha256"):
                expect(key in entry, f"datasets list lacks {key}: {entry}")
        expect(gdp and gdp[0].get("installedFrom") == os.path.abspath(old_vintage), f"origin: {gdp}")
        text_list = run("datasets", "list", check_exit=0).stdout
        expect("vintage 2018-01-14" in text_list and "licence:" in text_list, "text list lacks vintage/licence")

        # vintages: the publication date picks the 2018 vintage; the revision note says what changed
        def verdict(*extra, expected_exit):
            result = run("check", article, "--format", "json", *extra, check_exit=expected_exit)
            claims = json.loads(result.stdout)["claims"] if result.stdout else []
            return claims[0] if claims else {}

        as_published = verdict(expected_exit=0)
        expect(as_published.get("verdict") == "SUPPORTED", f"as published: {as_published}")
        expect("Checked against gdp vintage 2018-01-14 (as known on 2018-03-01)" in as_published.get("explanation", "")
               and "A later revision (vintage gdp 2026-11-28) changes this to REFUTED" in as_published["explanation"],
               f"explanation: {as_published.get('explanation')}")
        expect(as_published.get("newestVintageVerdict") == "REFUTED", f"newest verdict: {as_published}")
        expect({e.get("vintage") for e in as_published.get("evidence", [])} == {"2018-01-14"},
               f"evidence vintage: {as_published.get('evidence')}")
        known_now = verdict("--as-known-on", "2026-12-01", expected_exit=1)
        expect(known_now.get("verdict") == "REFUTED"
               and "gdp vintage 2026-11-28 (the newest installed)" in known_now.get("explanation", ""),
               f"as known on 2026-12-01: {known_now}")
        too_early = verdict("--as-known-on", "2010-01-01", expected_exit=0)
        expect("no vintage of gdp existed then" in too_early.get("explanation", ""), f"2010: {too_early}")

        # same vintage, different content: refused unless --force, and said so
        altered = os.path.join(tmp, "altered")
        shutil.copytree(old_vintage, altered)
        with open(os.path.join(altered, "data", "gdp.csv"), "a") as csv_file:
            csv_file.write("Ghana,GHA,2017,1\n")
        refused = run("datasets", "add", altered, check_exit=2)
        expect("--force" in refused.stderr and "different content" in refused.stderr, f"refusal: {refused.stderr}")
        forced = run("datasets", "add", altered, "--force", check_exit=0)
        expect("replaced gdp vintage 2018-01-14" in forced.stdout and "rows 98 -> 99" in forced.stdout,
               f"forced: {forced.stdout}")

        # remove
        run("datasets", "remove", "gdp@2018-01-14", check_exit=0)
        expect(not os.path.exists(os.path.join(data_dir, "gdp@2018-01-14")), "removed directory still there")
        gone = run("datasets", "remove", "gdp@2018-01-14", check_exit=2)
        expect("not installed" in gone.stderr, f"second remove: {gone.stderr}")

        # a broken package: check still works with the others, names it and exits 3
        broken_root = os.path.join(tmp, "broken-datasets")
        shutil.copytree(old_vintage, os.path.join(broken_root, "gdp-broken"))
        with open(os.path.join(broken_root, "gdp-broken", "datapackage.json")) as descriptor_file:
            descriptor = json.load(descriptor_file)
        descriptor["name"] = "gdp-broken"
        with open(os.path.join(broken_root, "gdp-broken", "datapackage.json"), "w") as descriptor_file:
            json.dump(descriptor, descriptor_file)
        with open(os.path.join(broken_root, "gdp-broken", "data", "gdp.csv"), "a") as csv_file:
            csv_file.write("Ghana,GHA,not-a-year,1\n")
        broken = run("--dataset-dir", broken_root, "check", article, "--format", "json", check_exit=3)
        expect("gdp-broken" in broken.stderr and "NOT used" in broken.stderr, f"broken stderr: {broken.stderr}")
        report = json.loads(broken.stdout) if broken.stdout else {}
        expect(any("gdp-broken" in w for w in report.get("warnings", [])), f"report warnings: {report.get('warnings')}")
        expect(report.get("claims") and report["claims"][0]["verdict"] == "REFUTED",
               "the other packages were not used with a broken one beside them")

        # validate DIR reports a subfolder that is not a package
        folder = os.path.join(tmp, "folder")
        shutil.copytree(old_vintage, os.path.join(folder, "gdp"))
        os.makedirs(os.path.join(folder, "notes"))
        validated = run("datasets", "validate", folder)
        expect("notes" in validated.stdout and "not a data package" in validated.stdout,
               f"validate output: {validated.stdout}")

        # URL: offline error, then HTTPS from 127.0.0.1 with a self-signed certificate
        offline = run("datasets", "add", "https://packages.example.invalid/gdp.tar.gz", check_exit=3)
        expect("cannot reach" in offline.stderr, f"offline: {offline.stderr}")
        check_https(run, expect, tmp, old_vintage, data_dir)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    for failure in failures:
        print("FAIL:", failure)
    return 1 if failures else 0


def check_https(run, expect, tmp, package, data_dir):
    served = os.path.join(tmp, "served")
    os.makedirs(served)
    archive = os.path.join(served, "gdp.tar.gz")
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(package, arcname="gdp-2018-01-14")
    cert, key = os.path.join(tmp, "cert.pem"), os.path.join(tmp, "key.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert,
                    "-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
                   check=True, capture_output=True)

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=served, **kwargs)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"https://127.0.0.1:{server.server_address[1]}/gdp.tar.gz"
        untrusted = run("datasets", "add", url, check_exit=2)
        expect("certificate" in untrusted.stderr.lower(), f"untrusted certificate: {untrusted.stderr}")
        # A package published as files: its datapackage.json URL, the resources relative to it
        shutil.copytree(package, os.path.join(served, "gdp-files"))
        files_url = f"https://127.0.0.1:{server.server_address[1]}/gdp-files/datapackage.json"
        from_files = run("datasets", "add", files_url, "--ca-file", cert, check_exit=0)
        expect("installed gdp vintage 2018-01-14: 98 rows" in from_files.stdout,
               f"add from a datapackage.json URL: {from_files.stdout} {from_files.stderr}")
        listed = json.loads(run("datasets", "list", "--format", "json", check_exit=0).stdout)["datasets"]
        from_url = [d for d in listed if d.get("installedFrom") == files_url]
        expect(len(from_url) == 1 and from_url[0].get("rowCount") == "98" and from_url[0].get("vintage") == "2018-01-14",
               f"list after adding from files: {from_url}")
        missing = run("datasets", "add", f"https://127.0.0.1:{server.server_address[1]}/none/datapackage.json",
                      "--ca-file", cert, check_exit=2)
        expect("404" in missing.stderr, f"missing descriptor: {missing.stderr}")
        run("datasets", "remove", "gdp", check_exit=0)

        added = run("datasets", "add", url, "--ca-file", cert, check_exit=0)
        expect("installed gdp vintage 2018-01-14" in added.stdout, f"https add: {added.stdout} {added.stderr}")
        with open(os.path.join(data_dir, "installed.json")) as manifest_file:
            origins = [p["origin"] for p in json.load(manifest_file)["packages"]]
        expect(url in origins, f"origin not recorded: {origins}")

        unchanged = run("datasets", "update", "gdp", "--ca-file", cert, check_exit=0)
        expect("unchanged" in unchanged.stdout, f"update unchanged: {unchanged.stdout}")
        revised = os.path.join(tmp, "revised")
        shutil.copytree(package, revised)
        with open(os.path.join(revised, "data", "gdp.csv"), "a") as csv_file:
            csv_file.write("Ghana,GHA,2017,1\n")
        with tarfile.open(archive, "w:gz") as tar:
            tar.add(revised, arcname="gdp-2018-01-14")
        updated = run("datasets", "update", "gdp", "--ca-file", cert, check_exit=0)
        expect("changed in place" in updated.stdout and "rows 98 -> 99" in updated.stdout,
               f"update changed: {updated.stdout}")
    finally:
        server.shutdown()
        server.server_close()


if __name__ == "__main__":
    sys.exit(main())
