using Sakip.Core.Fields;
using Sakip.Core.Problems;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Sakip.Core.Budget;
using Sakip.Data.Budget;
using Sakip.Packages.Values;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Anggaran;

public sealed partial class UbahModel
{
    /// <summary>The form as typed: amounts are text so they can be written the Indonesian way (1.234.567,50).</summary>
    public sealed class Input
    {
        [Display(Name = "Pagu")]
        public string? Pagu { get; set; }

        [Display(Name = "Realisasi TW I")]
        public string? Tw1 { get; set; }

        [Display(Name = "Realisasi TW II")]
        public string? Tw2 { get; set; }

        [Display(Name = "Realisasi TW III")]
        public string? Tw3 { get; set; }

        [Display(Name = "Realisasi TW IV")]
        public string? Tw4 { get; set; }

        [Display(Name = "Realisasi setahun")]
        public string? Realisasi { get; set; }

        [Display(Name = "Sasaran terkait")]
        public int? SasaranId { get; set; }

        [Display(Name = "Indikator terkait")]
        public int? IndikatorId { get; set; }

        /// <summary>The version of the line the form was opened with, so a save over someone else's newer one is refused.</summary>
        public int? Versi { get; set; }

        public static Input From(BudgetLineEntity line, View view) => new()
        {
            Versi = line.Version,
            Pagu = view.Amounts.HasChildren ? null : Formats.Input(line.Ceiling),
            Tw1 = Formats.Input(line.SpentQ1),
            Tw2 = Formats.Input(line.SpentQ2),
            Tw3 = Formats.Input(line.SpentQ3),
            Tw4 = Formats.Input(line.SpentQ4),
            Realisasi = view.Amounts.HasChildren ? null : Formats.Input(line.Spent),
            SasaranId = line.PlanElementId,
            IndikatorId = line.IndicatorId,
        };

        /// <summary>Reads the amounts and links, adding a field error (Bahasa Indonesia) for each that is not acceptable.</summary>
        /// <remarks>Amounts the Core rules find unlikely (realisasi above pagu) are added to <paramref name="warnings"/>.</remarks>
        internal BudgetEdit? Read(View view, ModelStateDictionary state, List<Problem> warnings)
        {
            decimal? Amount(string? text, string field, string label)
            {
                var read = NumberReader.Read(text, NumberConvention.Indonesian);
                if (read.Problem is { } problem)
                {
                    state.AddModelError($"{nameof(Form)}.{field}", $"{label}: {problem} (contoh: 1.234.567 atau 1.234.567,50).");
                }
                else if (NumberRule.Check($"{nameof(Form)}.{field}", read.Value, NumberKind.Rupiah, label) is { } outOfRange)
                {
                    state.AddModelError(outOfRange.Field, outOfRange.Message);
                }
                else if (read.Value < 0)
                {
                    state.AddModelError($"{nameof(Form)}.{field}", $"{label} tidak boleh negatif.");
                }
                return read.Value;
            }
            var ceiling = Amount(Pagu, nameof(Pagu), "Pagu");
            decimal?[] quarters = [Amount(Tw1, nameof(Tw1), "Realisasi TW I"), Amount(Tw2, nameof(Tw2), "Realisasi TW II"),
                Amount(Tw3, nameof(Tw3), "Realisasi TW III"), Amount(Tw4, nameof(Tw4), "Realisasi TW IV")];
            var annual = Amount(Realisasi, nameof(Realisasi), "Realisasi setahun");
            if (view.Amounts.HasChildren && (ceiling ?? annual ?? quarters.FirstOrDefault(q => q is not null)) is not null)
            {
                state.AddModelError($"{nameof(Form)}.{nameof(Pagu)}", "Pagu dan realisasi program/kegiatan adalah jumlah rinciannya; ubah pada sub kegiatan.");
            }
            if (SasaranId is { } s && view.Objectives.All(o => o.Id != s))
            {
                state.AddModelError($"{nameof(Form)}.{nameof(SasaranId)}", "Sasaran terkait tidak ditemukan pada unit ini.");
            }
            if (IndikatorId is { } i && view.Indicators.All(o => o.Id != i))
            {
                state.AddModelError($"{nameof(Form)}.{nameof(IndikatorId)}", "Indikator terkait tidak ditemukan pada unit ini.");
            }
            var spent = BudgetRules.AnnualSpent(annual, quarters);
            if (state.IsValid)
            {
                warnings.AddRange(Plausibility.Budget($"{nameof(Form)}.{nameof(Pagu)}", ceiling, $"{nameof(Form)}.{nameof(Realisasi)}", spent).Where(p => !p.IsError));
            }
            return state.IsValid ? new BudgetEdit(!view.Amounts.HasChildren, ceiling, quarters, spent, SasaranId, IndikatorId) : null;
        }
    }

    /// <param name="Amounts">False for a line with rincian: its own amounts stay as they are (its figures are its children's sum).</param>
    internal sealed record BudgetEdit(bool Amounts, decimal? Ceiling, decimal?[] Quarters, decimal? Spent, int? PlanElementId, int? IndicatorId)
    {
        public void ApplyTo(BudgetLineEntity line)
        {
            if (Amounts)
            {
                line.Ceiling = Ceiling;
                (line.SpentQ1, line.SpentQ2, line.SpentQ3, line.SpentQ4) = (Quarters[0], Quarters[1], Quarters[2], Quarters[3]);
                line.Spent = Spent;
            }
            line.PlanElementId = PlanElementId;
            line.IndicatorId = IndicatorId;
        }
    }
}
