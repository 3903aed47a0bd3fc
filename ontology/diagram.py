"""Writes the Mermaid class diagram of ontology/mc.ttl into docs/ontology.md,
between the `<!-- diagram:begin -->` and `<!-- diagram:end -->` lines.

    /usr/bin/python3 ontology/diagram.py          # regenerate
    /usr/bin/python3 ontology/diagram.py --check  # exit 1 when the doc is out of date
"""
import sys

import rdflib
from rdflib.namespace import OWL, RDF, RDFS

MC = "https://w3id.org/liner/mc#"
BEGIN, END = "<!-- diagram:begin -->", "<!-- diagram:end -->"


def local(term):
    return str(term)[len(MC):] if str(term).startswith(MC) else None


def diagram(g):
    classes = sorted(local(c) for c in g.subjects(RDF.type, OWL.Class) if local(c))
    lines = ["```mermaid", "classDiagram"]
    for c in classes:
        attrs = sorted(local(p) for p in g.subjects(RDF.type, OWL.DatatypeProperty)
                       if local(p) and local(g.value(p, RDFS.domain)) == c)
        lines.append(f"  class {c}" + (" {" if attrs else ""))
        lines.extend(f"    {a}" for a in attrs)
        if attrs:
            lines.append("  }")
    for c in classes:
        for parent in sorted(local(p) for p in g.objects(rdflib.URIRef(MC + c), RDFS.subClassOf) if local(p)):
            lines.append(f"  {parent} <|-- {c}")
    for p in sorted(g.subjects(RDF.type, OWL.ObjectProperty), key=str):
        d, r = local(g.value(p, RDFS.domain)), local(g.value(p, RDFS.range))
        if d and r:
            lines.append(f"  {d} --> {r} : {local(p)}")
    lines.append("```")
    return "\n".join(lines) + "\n"


def main():
    g = rdflib.Graph().parse("ontology/mc.ttl", format="turtle")
    with open("docs/ontology.md", encoding="utf-8") as f:
        doc = f.read()
    head, rest = doc.split(BEGIN + "\n", 1)
    _, tail = rest.split(END, 1)
    new = head + BEGIN + "\n" + diagram(g) + END + tail
    if "--check" in sys.argv:
        if new != doc:
            print("docs/ontology.md: the diagram is out of date; run /usr/bin/python3 ontology/diagram.py")
            return 1
        return 0
    with open("docs/ontology.md", "w", encoding="utf-8") as f:
        f.write(new)
    return 0


if __name__ == "__main__":
    sys.exit(main())
