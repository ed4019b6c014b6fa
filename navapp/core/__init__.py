"""navapp core: model, geodesy, rules and analyses. Never imports Qt."""
