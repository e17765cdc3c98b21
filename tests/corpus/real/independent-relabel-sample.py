# Draws the blind sample of the independent relabel (see SOURCES.md, "Independent second
# annotator"): 300 of the 730 det-data items, seeded, writing only id, text and context so the
# second annotator never sees the first labels. Run from the repository root; writes
# /tmp/dd2/blind.json. Hand-written by the det-data2 helper.
import json, os, random
files = ["tanf-user-research.jsonl","cloud-gov-customer-quotes.jsonl","kubernetes-case-studies-more.jsonl","open-source-case-studies.jsonl","otel-end-user-transcripts.jsonl","github-buyer-threads.jsonl"]
items=[]
for f in files:
    for line in open("tests/corpus/real/"+f):
        if not line.strip(): continue
        o=json.loads(line)
        d={"id":o["id"],"text":o["text"]}
        if o.get("context"): d["context"]=o["context"]
        items.append(d)
print(len(items))
rng=random.Random(20261204)
s=rng.sample(items,300)
os.makedirs("/tmp/dd2", exist_ok=True)
json.dump(s,open("/tmp/dd2/blind.json","w"),indent=0,ensure_ascii=False)
