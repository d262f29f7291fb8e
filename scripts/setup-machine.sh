#!/usr/bin/env sh
# Prepares a fresh Debian machine for the browser tests: Debian's Chromium (Playwright's
# own browser download is not used) and CJK fonts; npm 11 for the lockfile's install rules.
# Does nothing that is already in place.
set -eu

missing=""
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing="$missing chromium"
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing="$missing fonts-noto-cjk"
if [ -n "$missing" ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing:$missing"
  $sudo apt-get update -qq
  # shellcheck disable=SC2086 # the list is meant to split into package names
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing
fi

if [ "$(npm --version | cut -d. -f1)" -lt 11 ]; then
  echo "Upgrading npm to 11"
  npm install -g npm@11
fi
