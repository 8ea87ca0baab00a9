#!/bin/sh
# Run by ceremony-portal-health.timer: restarts the portal when it is up but its liveness check
# (/actuator/health/liveness) does not answer UP three times in a row: a hung server that still
# accepts connections. A database that is away does not count: readiness says so, liveness stays UP.
# A portal that just started gets PORTAL_HEALTH_GRACE seconds (default 180) before it is checked.
UNIT="${PORTAL_UNIT:-ceremony-portal.service}"
URL="${PORTAL_HEALTH_URL:-http://127.0.0.1:${PORT:-8080}/actuator/health/liveness}"
GRACE="${PORTAL_HEALTH_GRACE:-180}"
TIMEOUT="${PORTAL_HEALTH_TIMEOUT:-10}" # seconds one check may take
PAUSE="${PORTAL_HEALTH_PAUSE:-10}"     # seconds between the three checks

systemctl is-active --quiet "$UNIT" || exit 0 # stopped on purpose, or systemd is restarting it already
started=$(systemctl show -p ActiveEnterTimestampMonotonic --value "$UNIT")
now=$(awk '{ printf "%d", $1 * 1000000 }' /proc/uptime)
if [ -n "$started" ] && [ $(( (now - started) / 1000000 )) -lt "$GRACE" ]; then
  exit 0
fi
for attempt in 1 2 3; do
  if curl -fsS --max-time "$TIMEOUT" "$URL" 2>/dev/null | grep -q '"status":"UP"'; then
    exit 0
  fi
  [ "$attempt" -lt 3 ] && sleep "$PAUSE"
done
echo "$UNIT: $URL did not answer UP three times in a row; restarting it" >&2
systemctl restart "$UNIT"
