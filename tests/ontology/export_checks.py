"""rdflib checks on liner exports, run by tests/cli/export_test.sh with
/usr/bin/python3 (Debian's python3-rdflib).

Usage: export_checks.py SCRATCH SEED HOSTILE, where SCRATCH holds seed.{ttl,nt,nq}
and hostile.{ttl,nt,nq}. Prints what is wrong and exits 1 on any failure.
"""
import sys

import rdflib
import rdflib.compare
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SDO, SH, SKOS, XSD

scratch, seed_path, hostile_path = sys.argv[1:4]
MC = rdflib.Namespace("https://w3id.org/liner/mc#")
NIF = rdflib.Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
SCHEMA = "http://schema.org/"
problems = []


def fail(message):
    problems.append(message)


def load(name, fmt):
    g = rdflib.ConjunctiveGraph() if fmt == "nquads" else rdflib.Graph()
    g.parse(f"{scratch}/{name}", format=fmt)
    return g


ontology = rdflib.Graph().parse("ontology/mc.ttl", format="turtle")

# Terms of NIF 2.0 Core (persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core)
# that an export may use; rdflib has no closed list for NIF.
NIF_TERMS = {"Context", "String", "RFC5147String", "OffsetBasedString", "Structure", "Sentence", "Phrase", "Word",
             "beginIndex", "endIndex", "anchorOf", "isString", "referenceContext", "sourceUrl"}
# rdflib's closed namespaces know every term of these vocabularies.
CLOSED = [RDF, RDFS, OWL, XSD, SKOS, PROV, DCTERMS, FOAF, SH]
DECLARATIONS = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDF.Property,
                SH.ConstraintComponent}


def declared(term):
    """Whether a class or property is declared in mc.ttl or an aligned standard vocabulary."""
    s = str(term)
    if s.startswith(str(MC)):
        types = set(ontology.objects(term, RDF.type))
        return bool(types & DECLARATIONS) and (term, RDFS.label, None) in ontology \
            and (term, RDFS.comment, None) in ontology
    if s.startswith(str(NIF)):
        return s[len(str(NIF)):] in NIF_TERMS
    if s.startswith(SCHEMA):
        return rdflib.URIRef("https://schema.org/" + s[len(SCHEMA):]) in SDO
    for ns in CLOSED:
        if s.startswith(str(ns)):
            return term in ns
    return False


def vocabulary(g, name):
    used = set(g.predicates()) | set(g.objects(None, RDF.type)) | set(g.objects(None, RDF.predicate))
    used |= {o.datatype for o in g.objects() if isinstance(o, rdflib.Literal) and o.datatype}
    if len(used) < 20:
        fail(f"{name}: only {len(used)} terms used")
    for term in sorted(used):
        if not declared(term):
            fail(f"{name}: {term} is declared neither in mc.ttl nor in an aligned vocabulary")


def spans(g, source, name):
    """Every text span's offsets (code points) cut its anchorOf out of the document text."""
    contexts = list(g.subject_objects(NIF.isString))
    if len(contexts) != 1:
        fail(f"{name}: {len(contexts)} contexts")
        return
    ctx, text = contexts[0]
    if str(text) != source:
        fail(f"{name}: nif:isString differs from the source text")
    n = 0
    for span, quote in g.subject_objects(NIF.anchorOf):
        n += 1
        b, e = int(g.value(span, NIF.beginIndex)), int(g.value(span, NIF.endIndex))
        if source[b:e] != str(quote):
            fail(f"{name}: {span}: text[{b}:{e}] is {source[b:e]!r}, anchorOf {str(quote)!r}")
        if g.value(span, NIF.referenceContext) != ctx:
            fail(f"{name}: {span} does not refer to the context")
        if not str(span).endswith(f"#char={b},{e}"):
            fail(f"{name}: {span} is not named by its offsets")
    if n == 0:
        fail(f"{name}: no text spans")
    # Every claim has its span, document and citations (where the source cites).
    for claim in g.subjects(RDF.type, MC.Claim):
        if g.value(claim, MC.textSpan) is None or g.value(claim, MC.document) is None:
            fail(f"{name}: {claim} lacks a text span or document")
        if g.value(claim, RDF.subject) is None or g.value(claim, RDF.predicate) is None:
            fail(f"{name}: {claim} lacks its subject or predicate")


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    return text[1:] if text.startswith("\ufeff") else text


seed_text, hostile_text = read(seed_path), read(hostile_path)
graphs = {}
for name, source in (("seed", seed_text), ("hostile", hostile_text)):
    for ext, fmt in (("ttl", "turtle"), ("nt", "nt"), ("nq", "nquads")):
        g = load(f"{name}.{ext}", fmt)
        graphs[(name, ext)] = g
        vocabulary(g, f"{name}.{ext}")
        spans(g, source, f"{name}.{ext}")
    sizes = {ext: len(graphs[(name, ext)]) for ext in ("ttl", "nt", "nq")}
    if len(set(sizes.values())) != 1:
        fail(f"{name}: rdflib reads different triple counts {sizes}")
    if not rdflib.compare.isomorphic(graphs[(name, "ttl")], graphs[(name, "nt")]):
        fail(f"{name}: the Turtle and N-Triples exports are not the same graph")

# Hostile strings survive unchanged (the title line carries a control character).
hostile = graphs[("hostile", "ttl")]
title = hostile_text.split("\n", 1)[0][2:]
assert "\x01" in title and '"' in title and "\\" in title and "\U0001F3B8" in title
titles = [str(o) for o in hostile.objects(None, DCTERMS.title)]
if titles != [title]:
    fail(f"hostile: dcterms:title {titles!r}, expected {title!r}")
subject = hostile.value(next(hostile.subjects(RDF.type, MC.Document)), FOAF.primaryTopic)
if subject is None or str(hostile.value(subject, RDFS.label)) != title:
    fail(f"hostile: the subject's label is not the title: {subject}")
quotes = [str(o) for o in hostile.objects(None, NIF.anchorOf)]
for must in ("\x07", "\t", "\n", ">", "\u05e2\u05d1\u05e8\u05d9\u05ea"):
    if not any(must in q for q in quotes):
        fail(f"hostile: no quote keeps {must!r}")

# The reference list of the hostile fixture: labels, URL and entry text.
refs = {str(hostile.value(r, RDFS.label)): r for r in hostile.subjects(RDF.type, MC.Reference)}
if sorted(refs) != ["1", "2"]:
    fail(f"hostile: references {sorted(refs)}")
elif str(hostile.value(refs["1"], rdflib.URIRef(SCHEMA + "url"))) != "https://example.org/a?b=1&c=2":
    fail("hostile: reference 1 lost its URL")

# --- SPARQL over the seed's export ----------------------------------------------
seed = graphs[("seed", "nq")]
PREFIXES = """PREFIX mc: <https://w3id.org/liner/mc#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX prov: <http://www.w3.org/ns/prov#>
"""
awards = [tuple(str(v) if v is not None else None for v in row) for row in seed.query(PREFIXES + """
SELECT ?year ?award ?body ?category ?work WHERE {
  ?doc foaf:primaryTopic ?subject .
  ?win a mc:AwardWin ; mc:recipient ?subject ; mc:award ?a ; mc:year ?year .
  ?a rdfs:label ?award .
  OPTIONAL { ?a mc:conferredBy/rdfs:label ?body }
  OPTIONAL { ?win mc:category ?category }
  OPTIONAL { ?win mc:forWork/rdfs:label ?work }
} ORDER BY ?year ?award ?category ?work""")]
# From the article's awards table and its lead (checked by hand against the text).
for row in [("2007", "Grammy", "Recording Academy", "Best Latin Pop Album", "Amar es Combatir"),
            ("2008", "Grammy", "Recording Academy", "Best Latin Pop Album", "El Tren de los Momentos"),
            ("2011", "Latin Grammy", "Latin Recording Academy", "Best Rock Album", "Drama y Luz"),
            ("2012", "Grammy", "Recording Academy", "Best Latin Pop, Rock or Urban Album", "Drama y Luz")]:
    if row not in awards:
        fail(f"SPARQL awards: missing {row}; got {awards}")
if [r[0] for r in awards] != sorted(r[0] for r in awards) or any(r[2] is None for r in awards):
    fail(f"SPARQL awards: not by year or a body missing: {awards}")

credits = {tuple(str(v) for v in row) for row in seed.query(PREFIXES + """
SELECT ?role ?work WHERE {
  ?doc foaf:primaryTopic ?subject .
  ?credit a mc:Credit ; mc:agent ?subject ; mc:role ?role ; mc:work/rdfs:label ?work .
}""")}
for role, work in [("assistant-engineer", "Dangerous"), ("mixer", "Drama y Luz"), ("engineer", "Mi Sangre"),
                   ("producer", "Greatest Hits: 1965\u20131992")]:
    if (str(MC) + "role-" + role, work) not in credits:
        fail(f"SPARQL credits: missing {role} on {work}")
if len(credits) < 40:
    fail(f"SPARQL credits: only {len(credits)}")

labels = sorted([str(row[0]) for row in seed.query(PREFIXES + """
SELECT DISTINCT ?label WHERE {
  ?win a mc:AwardWin ; mc:year "2011"^^<http://www.w3.org/2001/XMLSchema#gYear> ; mc:category "Best Rock Album" .
  ?claim mc:statement ?win ; prov:wasDerivedFrom ?ref .
  ?ref rdfs:label ?label .
}""")], key=int)
if labels != ["1", "3", "4"]:
    fail(f"SPARQL citations behind the 2011 Best Rock Album claim: {labels}")

for p in problems:
    print(p)
sys.exit(1 if problems else 0)
