$CHISO explain tests/fixtures/survey/bootstrap-trong-so.chiso tests/bad/files/380-khao-sat.yaml so-noi-vu --answers tests/bad/files/391-phieu-co-trong-so.csv --lang en
