#!/usr/bin/env bash
# Install Debian's chromium for the view plugin's headless screenshot test, when this machine can
# (apt-get present and run as root, or with sudo without a password); otherwise do nothing: the test skips.
set -u
if [ -x /usr/bin/chromium ]; then
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-browser: no apt-get; the browser test will be skipped" >&2
    exit 0
fi
if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO="sudo -n"
else
    echo "install-browser: not root and no sudo; the browser test will be skipped" >&2
    exit 0
fi
export DEBIAN_FRONTEND=noninteractive
if ! { $SUDO apt-get update -q && $SUDO apt-get install -y -q --no-install-recommends chromium; } >&2; then
    echo "install-browser: apt-get could not install chromium; the browser test will be skipped" >&2
fi
exit 0
