#!/bin/sh
# /usr/bin/corroborate: start the bundle installed in /opt/corroborate.
exec /opt/corroborate/corroborate "$@"
