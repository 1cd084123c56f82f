# A partial publication against a complete last year (docs/years.md, "Partial
# publications this year"): the 42 provinces not listed are not "no longer assessed",
# the mean of 20 is not compared with the mean of 63, a unit not ranked has no rank change.
$CHISO eval examples/synthetic/cong-bo-mot-phan.chiso examples/synthetic/cong-bo-mot-phan-2024.yaml --previous examples/synthetic/cong-bo-mot-phan-2023.yaml
$CHISO eval examples/synthetic/cong-bo-mot-phan.chiso examples/synthetic/cong-bo-mot-phan-2024.yaml --previous examples/synthetic/cong-bo-mot-phan-2023.yaml --lang en --format csv
$CHISO eval examples/synthetic/cong-bo-mot-phan.chiso examples/synthetic/cong-bo-mot-phan-2024.yaml --previous examples/synthetic/cong-bo-mot-phan-2023.yaml --format json
$CHISO eval examples/synthetic/cong-bo-mot-phan.chiso examples/synthetic/cong-bo-mot-phan-2024.yaml --previous examples/synthetic/cong-bo-mot-phan-2023.yaml --lang en
