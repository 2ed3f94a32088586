#!/usr/bin/env python3
"""Validates JSON files against a JSON Schema (draft 2020-12) with the jsonschema package.
Prints one line per error ("FILE: PATH: MESSAGE") and exits 1 if there is any.
Usage: validate_json.py SCHEMA.json FILE.json...
"""
import json
import sys

from jsonschema import Draft202012Validator


def main():
    with open(sys.argv[1], encoding="utf-8") as handle:
        schema = json.load(handle)
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema)
    errors = 0
    for path in sys.argv[2:]:
        with open(path, encoding="utf-8") as handle:
            document = json.load(handle)
        for error in sorted(validator.iter_errors(document), key=lambda error: list(error.absolute_path)):
            errors += 1
            if errors <= 50:
                print(f"{path}: /{'/'.join(map(str, error.absolute_path))}: {error.message[:200]}")
    sys.exit(1 if errors else 0)


main()
