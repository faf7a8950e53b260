#!/usr/bin/env bash
# Runs Sakip on the example agency's data package (Sekretariat Daerah Provinsi Kalimantan Timur, 2021):
# validates it, shows the capaian of 2021 and the review of its printed figures.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
package=samples/kaltim-setda-2021
dotnet build src/Sakip.Cli -c Release -nologo -v quiet -clp:ErrorsOnly
sakip() { dotnet run --project src/Sakip.Cli -c Release --no-build -- "$@"; }
sakip validate "$package"
sakip capaian "$package" --tahun 2021
sakip capaian "$package" --tahun 2021 --per sasaran
sakip reviu "$package"
