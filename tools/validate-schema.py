#!/usr/bin/env python3
"""Validate adex-guide/1 files against the JSON Schema (shape only).

Usage: python3 tools/validate-schema.py SCHEMA FILE...

Prints every problem as `FILE:JSONPATH: message` (JSONPATH like `$.exhibitors[12].country`),
then exits 0 when every file is valid, 1 when any file is invalid or unreadable, and 2 on bad
usage, an unusable schema, or when the `jsonschema` package is not installed.
The schema checks shape only; `adex-guide validate FILE` also checks references and meaning.
"""

import json
import re
import sys

USAGE = "usage: python3 tools/validate-schema.py SCHEMA FILE..."


def json_path(path):
    """Render a jsonschema error path (deque of keys and indices) as $.a.b[3]['odd key']."""
    out = "$"
    for part in path:
        if isinstance(part, int):
            out += "[%d]" % part
        elif re.match(r"^[A-Za-z_$][A-Za-z0-9_$]*$", part):
            out += "." + part
        else:
            out += "[%s]" % json.dumps(part, ensure_ascii=False)
    return out


def one_line(text, limit=500):
    """Keep each report on one line, free of control characters and of bounded length
    (messages can quote large parts of the offending value)."""
    text = re.sub(r"[\x00-\x1f\x7f]+", " ", str(text))
    return text if len(text) <= limit else text[:limit] + "…"


def load_json(path):
    with open(path, "rb") as fh:
        raw = fh.read()
    text = raw.decode("utf-8")  # raises UnicodeDecodeError on invalid UTF-8
    return json.loads(text)


def main(argv):
    if len(argv) < 2 or argv[0] in ("-h", "--help"):
        sys.stderr.write(USAGE + "\n")
        return 0 if argv[:1] in (["-h"], ["--help"]) else 2
    try:
        import jsonschema
        from jsonschema import Draft202012Validator
    except ImportError:
        sys.stderr.write("validate-schema: the Python package 'jsonschema' is not installed; "
                         "run: pip install jsonschema\n")
        return 2

    schema_path, files = argv[0], argv[1:]
    try:
        schema = load_json(schema_path)
        Draft202012Validator.check_schema(schema)
    except (OSError, ValueError) as exc:
        sys.stderr.write("%s: cannot read schema: %s\n" % (schema_path, one_line(exc)))
        return 2
    except jsonschema.exceptions.SchemaError as exc:
        sys.stderr.write("%s:%s: invalid schema: %s\n" % (
            schema_path, json_path(exc.absolute_path), one_line(exc.message)))
        return 2
    validator = Draft202012Validator(schema)

    failed = False
    for path in files:
        try:
            data = load_json(path)
        except OSError as exc:
            print("%s:$: cannot read file: %s" % (path, one_line(exc.strerror or exc)))
            failed = True
            continue
        except UnicodeDecodeError as exc:
            print("%s:$: invalid UTF-8 at byte %d" % (path, exc.start))
            failed = True
            continue
        except json.JSONDecodeError as exc:
            print("%s:$: invalid JSON at line %d, column %d: %s" % (path, exc.lineno, exc.colno, exc.msg))
            failed = True
            continue
        errors = sorted(validator.iter_errors(data),
                        key=lambda e: ([(0, p, "") if isinstance(p, int) else (1, 0, p)
                                        for p in e.absolute_path], e.message))
        for err in errors:
            print("%s:%s: %s" % (path, json_path(err.absolute_path), one_line(err.message)))
        if errors:
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
