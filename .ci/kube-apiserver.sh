#!/usr/bin/env bash
# Builds kube-apiserver 1.20.2 offline from Debian's source package and unpacks etcd from Debian,
# into the layout io.fabric8:kube-api-test expects in offline mode:
#   $KUBE_API_TEST_DIR/k8s/1.20.2-linux-amd64/{kube-apiserver,etcd,kubectl}
# The result is cached outside the checkout, so only the first run pays the ~4 minute build.
set -euo pipefail
DIR="${KUBE_API_TEST_DIR:-$HOME/.cache/readiness/kube-api-test}"
BIN="$DIR/k8s/1.20.2-linux-amd64"
if [[ -x "$BIN/kube-apiserver" && -x "$BIN/etcd" && -x "$BIN/kubectl" ]]; then
  echo "kube-apiserver: cached in $BIN"
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
# deb-src for the configured Debian sources, in a private apt configuration (no change to /etc/apt)
mkdir -p "$WORK/apt/lists/partial" "$WORK/apt/sources.list.d"
for f in /etc/apt/sources.list.d/*.sources; do
  [[ -e "$f" ]] && sed 's/^Types: deb$/Types: deb deb-src/' "$f" > "$WORK/apt/sources.list.d/$(basename "$f")"
done
APT=(-o "Dir::Etc::sourcelist=/dev/null" -o "Dir::Etc::sourceparts=$WORK/apt/sources.list.d"
     -o "Dir::State::Lists=$WORK/apt/lists")
apt-get "${APT[@]}" update -qq
apt-get install -y -qq golang-go golang-github-modern-go-reflect2-dev etcd-server kubernetes-client make rsync >/dev/null 2>&1 \
  || apt-get install -y -qq golang-go golang-github-modern-go-reflect2-dev etcd-server make rsync >/dev/null
cd "$WORK"
apt-get "${APT[@]}" source --download-only kubernetes >/dev/null
dpkg-source -x kubernetes_*.dsc src >/dev/null
cd src
# reflect2 1.0.1 crashes under Go >= 1.18: use Debian's 1.0.2 sources instead
rm -rf vendor/github.com/modern-go/reflect2
mkdir -p vendor/github.com/modern-go/reflect2
cp -r /usr/share/gocode/src/github.com/modern-go/reflect2/. vendor/github.com/modern-go/reflect2/
GOPROXY=off GOFLAGS=-mod=vendor CGO_ENABLED=0 make WHAT=cmd/kube-apiserver >/dev/null
GOPROXY=off GOFLAGS=-mod=vendor CGO_ENABLED=0 make WHAT=cmd/kubectl >/dev/null
mkdir -p "$BIN"
cp _output/bin/kube-apiserver _output/bin/kubectl "$BIN/"
ETCD="$(command -v etcd || true)"
if [[ -z "$ETCD" ]]; then
  apt-get download etcd-server >/dev/null
  dpkg-deb -x etcd-server_*.deb etcd-root
  ETCD="$(find etcd-root -type f -name etcd | head -1)"
fi
cp "$ETCD" "$BIN/etcd"
chmod +x "$BIN"/*
echo "kube-apiserver: built into $BIN"
