using Sakip.Core.Problems;
using Sakip.Core.Fields;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Sakip.Core;
using Sakip.Core.Measurement;
using Sakip.Core.Planning;
using Sakip.Packages.Values;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Perencanaan;

public sealed partial class IndikatorModel
{
    /// <summary>The indicator form: the columns of indikator.csv and the baseline and Renstra targets, numbers as typed in id-ID.</summary>
    public sealed class Input
    {
        [Required(ErrorMessage = "Kode wajib diisi (contoh: EKPPD).")]
        [TextLimit(TextField.Code)]
        public string Kode { get; set; } = "";

        [Required(ErrorMessage = "Rencana (tujuan/sasaran) wajib dipilih.")]
        public string Rencana { get; set; } = "";

        [Required(ErrorMessage = "Nama indikator wajib diisi.")]
        [TextLimit(TextField.IndicatorName)]
        public string Uraian { get; set; } = "";

        [TextLimit(TextField.MeasureUnit)]
        public string? Satuan { get; set; }

        public string Arah { get; set; } = Codes.Of(Direction.Increase);

        public string Agregasi { get; set; } = Codes.Of(Aggregation.Last);

        public bool Iku { get; set; }

        /// <summary>Bukti dukung wajib: realisations and target bases of this indicator are not submitted without a file.</summary>
        public bool BuktiWajib { get; set; }

        [TextLimit(TextField.Formula)]
        public string? Formula { get; set; }

        [TextLimit(TextField.ComponentName, Label = "Pembilang")]
        public string? Pembilang { get; set; }

        [TextLimit(TextField.ComponentName, Label = "Penyebut")]
        public string? Penyebut { get; set; }

        [TextLimit(TextField.DataSource)]
        public string? SumberData { get; set; }

        [TextLimit(TextField.Responsible)]
        public string? PenanggungJawab { get; set; }

        [Range(1, 10000, ErrorMessage = "Urutan harus bilangan bulat 1 sampai 10000.")]
        public int? Urutan { get; set; }

        [Display(Name = "Tahun kondisi awal")]
        [Year("Tahun kondisi awal")]
        public int? TahunAwal { get; set; }

        public string? NilaiAwal { get; set; }

        public List<YearTarget> Target { get; set; } = [];

        /// <summary>The version the form was opened with, so a save over someone else's newer one is refused.</summary>
        public int? Versi { get; set; }

        public sealed class YearTarget
        {
            [Year("Tahun target")]
            public int Tahun { get; set; }

            public string? Nilai { get; set; }
        }

        public static Input From(View view, IReadOnlyList<Target> targets)
        {
            var baseline = targets.LastOrDefault(t => t.Kind == TargetKind.Baseline);
            var renstra = targets.Where(t => t.Kind == TargetKind.Renstra).ToList();
            var years = view.Years.Concat(renstra.Select(t => t.Year)).Distinct().Order();
            var input = new Input
            {
                Rencana = view.PlanElement,
                TahunAwal = baseline?.Year ?? (view.Years.Count > 0 ? view.Years[0] - 1 : null),
                NilaiAwal = baseline is null ? null : TargetText.Input(baseline.Value, baseline.Text),
                Target = [.. years.Select(y => renstra.FirstOrDefault(t => t.Year == y) is { } t
                    ? new YearTarget { Tahun = y, Nilai = TargetText.Input(t.Value, t.Text) } : new YearTarget { Tahun = y })],
            };
            if (view.Existing is { } e)
            {
                (input.Kode, input.Uraian, input.Satuan, input.Arah, input.Agregasi, input.Iku) = (e.Code, e.Name, e.Measure, Codes.Of(e.Direction), Codes.Of(e.Aggregation), e.IsKey);
                (input.Formula, input.Pembilang, input.Penyebut, input.SumberData, input.PenanggungJawab, input.Urutan) = (e.Formula, e.Numerator, e.Denominator, e.DataSource, e.Responsible, e.Order);
                (input.BuktiWajib, input.Versi) = (e.EvidenceRequired, e.Version);
            }
            return input;
        }

        /// <summary>The indicator as Core sees it, or null with a field error when a code word is unknown.</summary>
        public Indicator? ToDraft(ModelStateDictionary state)
        {
            var direction = Codes.Parse<Direction>(Arah);
            var aggregation = Codes.Parse<Aggregation>(Agregasi);
            if (direction is null)
            {
                state.AddModelError("Form.Arah", $"Arah harus salah satu dari: {string.Join(", ", Codes.All<Direction>())}.");
            }
            if (aggregation is null)
            {
                state.AddModelError("Form.Agregasi", $"Agregasi harus salah satu dari: {string.Join(", ", Codes.All<Aggregation>())}.");
            }
            return direction is null || aggregation is null ? null
                : new Indicator((Kode ?? "").Trim(), Rencana ?? "", Uraian ?? "", Satuan, direction.Value, aggregation.Value, Iku, Formula, Pembilang, Penyebut, SumberData, PenanggungJawab, Urutan, BuktiWajib);
        }

        /// <summary>The targets typed, read the Indonesian way (3,095; 70 (cukup)), with a field error for each that cannot be read.</summary>
        /// <remarks>Values the Core rules find unlikely (negative, above 100 %) are added to <paramref name="warnings"/>.</remarks>
        public PlanTargets ToTargets(ModelStateDictionary state, List<Problem> warnings)
        {
            PlanTargets.Value? Read(string? text, string field, string label)
            {
                var read = NumberReader.Read(text, NumberConvention.Indonesian);
                if (read.Problem is { } problem)
                {
                    state.AddModelError(field, $"{label} {problem} (contoh: 3,095 atau 70 (cukup)).");
                }
                else if (NumberRule.Check(field, read.Value, NumberKind.Quantity, label.TrimEnd(':')) is { } outOfRange)
                {
                    state.AddModelError(field, outOfRange.Message);
                }
                else
                {
                    warnings.AddRange(Plausibility.Measured(field, read.Value, Satuan, label.TrimEnd(':')));
                }
                return read.Value is null && read.Text is null ? null : new PlanTargets.Value(read.Value, read.Text);
            }
            PlanTargets.YearValue? baseline = null;
            if (Read(NilaiAwal, "Form.NilaiAwal", "Kondisi awal:") is { } start)
            {
                if (TahunAwal is { } year)
                {
                    baseline = new(year, start);
                }
                else
                {
                    state.AddModelError("Form.TahunAwal", "Tahun kondisi awal wajib diisi bila nilainya diisi.");
                }
            }
            var renstra = Target.Select((t, i) => (t.Tahun, Value: Read(t.Nilai, $"Form.Target[{i}].Nilai", $"Target {t.Tahun}:")))
                .Where(t => t.Value is not null).Select(t => new PlanTargets.YearValue(t.Tahun, t.Value!)).ToList();
            return new PlanTargets(baseline, renstra, [.. Target.Select(t => t.Tahun)]);
        }

        public static string FieldOf(string field) => field switch
        {
            "kode" => "Form.Kode",
            "rencana" => "Form.Rencana",
            "uraian" => "Form.Uraian",
            "pembilang" => "Form.Pembilang",
            "penyebut" => "Form.Penyebut",
            "urutan" => "Form.Urutan",
            "satuan" => "Form.Satuan",
            "formula" => "Form.Formula",
            "sumber_data" => "Form.SumberData",
            "penanggung_jawab" => "Form.PenanggungJawab",
            "arah" => "Form.Arah",
            "agregasi" => "Form.Agregasi",
            _ => string.Empty,
        };
    }
}
