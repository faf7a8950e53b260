#!/usr/bin/env bash
# Runs the Sakip web app on the embedded SQLite database in ./data (SAKIP_DATA_DIR). On first start the
# database is created and the example agency (Setda Prov. Kalimantan Timur 2021) and demo accounts are loaded.
# Extra arguments go to the app, e.g. --no-demo or --urls http://0.0.0.0:8080.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export SAKIP_DATA_DIR=${SAKIP_DATA_DIR:-$PWD/data}
dotnet build src/Sakip.Web -c Release -nologo -v quiet -clp:ErrorsOnly
cd src/Sakip.Web
exec dotnet bin/Release/net10.0/Sakip.Web.dll --urls "${SAKIP_URLS:-http://localhost:5080}" "$@"
