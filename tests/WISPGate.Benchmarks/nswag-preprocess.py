"""NSwag 14.8.0 (NJsonSchema 11) reads OpenAPI 3.1's nullable reference, `anyOf: [{$ref: X}, {type: "null"}]`, as a new
empty class (`Address2`, with every field in AdditionalProperties). This rewrites each such schema to the 3.0 form
NSwag understands, `allOf: [{$ref: X}], nullable: true`, in a temporary copy for NSwag only. The contract is unchanged
(Kiota reads it as it is). Usage: nswag-preprocess.py <contract> <copy for NSwag>"""
import json
import sys

NULL = {"type": "null"}


def rewrite(node):
    if isinstance(node, dict):
        for key in ("anyOf", "oneOf"):
            branches = node.get(key)
            if isinstance(branches, list) and len(branches) == 2 and NULL in branches:
                other = branches[0] if branches[1] == NULL else branches[1]
                if "$ref" in other:
                    del node[key]
                    node["allOf"] = [other]
                    node["nullable"] = True
        for value in node.values():
            rewrite(value)
    elif isinstance(node, list):
        for value in node:
            rewrite(value)


with open(sys.argv[1], encoding="utf-8") as source:
    document = json.load(source)
rewrite(document)
with open(sys.argv[2], "w", encoding="utf-8") as target:
    json.dump(document, target, indent=1)
