# `chiso replay` evaluates under rules that pool earlier years (`over years`): the
# pooled files are read with the rules, as eval reads them. Replaying a year the rules
# pool (2023 here) would count its units twice, so it is refused at the `over years`.
$CHISO replay examples/synthetic/ddci-chuan-hoa.chiso examples/synthetic/ddci-chuan-hoa.yaml --format csv
$CHISO replay examples/synthetic/ddci-chuan-hoa.chiso examples/synthetic/ddci-chuan-hoa-2023.yaml --lang en
