#!/usr/bin/env python3
"""Sums the .trx files of a test run and prints the closing line CI reads: 'N passed, N failed[, N skipped]'.

usage: test-summary.py RESULTS_DIR FAILED_PROJECTS
Exits non-zero when a test failed, a test project failed to run, or no test ran at all.
"""
import glob
import os
import sys
import xml.etree.ElementTree as ET

NS = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}


def failures(root):
    """Yields (test name, first lines of its message) for each failed test, so a CI log's tail names them."""
    for result in root.iterfind("t:Results/t:UnitTestResult", NS):
        if result.get("outcome") not in ("Failed", "Error", "Timeout", "Aborted"):
            continue
        message = result.findtext("t:Output/t:ErrorInfo/t:Message", default="", namespaces=NS).strip()
        yield result.get("testName"), "\n      ".join(message.splitlines()[:6])


def main() -> int:
    results, failed_projects = sys.argv[1], int(sys.argv[2])
    passed = failed = skipped = 0
    failed_tests = []
    for trx in sorted(glob.glob(os.path.join(results, "*.trx"))):
        root = ET.parse(trx).getroot()
        failed_tests.extend(failures(root))
        counters = root.find("t:ResultSummary/t:Counters", NS)
        if counters is None:
            continue
        p = int(counters.get("passed", 0))
        f = sum(int(counters.get(name, 0)) for name in ("failed", "error", "timeout", "aborted"))
        s = int(counters.get("notExecuted", 0))
        print(f"  {os.path.basename(trx)[:-4]}: {p} passed, {f} failed" + (f", {s} skipped" if s else ""))
        passed, failed, skipped = passed + p, failed + f, skipped + s
    for name, message in failed_tests:
        print(f"  FAILED {name}\n      {message}")
    if failed_projects and failed == 0:
        print(f"  {failed_projects} test project(s) did not run to completion")
        failed = max(failed, failed_projects)
    print(f"{passed} passed, {failed} failed" + (f", {skipped} skipped" if skipped else ""))
    return 1 if failed or passed == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
