# The Excel annex of Hải Phòng 2019 compared with 2018: written only as a whole
# (no temporary file left), the same bytes on every run (fixed creation date and
# zip times), one sheet per block, then the summary and the criteria.
d=$(mktemp -d)
args="criteria/haiphong/par-2019.chiso examples/haiphong/par-2019.yaml --previous examples/haiphong/par-2018-ket-qua.yaml --format xlsx"
$CHISO eval $args -o "$d/a.xlsx" && sleep 1 && $CHISO eval $args -o "$d/b.xlsx" && ls "$d"
cmp "$d/a.xlsx" "$d/b.xlsx" && echo "a.xlsx = b.xlsx"
python3 - "$d/a.xlsx" <<'PY'
import re, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
print(sorted({i.date_time for i in z.infolist()}))
print(re.findall(r'<dcterms:created[^>]*>([^<]*)<', z.read("docProps/core.xml").decode()))
print(re.findall(r'<sheet name="([^"]*)"', z.read("xl/workbook.xml").decode()))
PY
rm -rf "$d"
