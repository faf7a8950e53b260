using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Sakip.Packages.Values;
using Sakip.Data.Evaluation;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Evaluasi.Skm;

public sealed partial class IndexModel
{
    /// <summary>The 9 element means of a service as typed in id-ID (3,25), its respondents and the version opened.</summary>
    public sealed class Input
    {
        public int? Id { get; set; }

        [Display(Name = "Nama layanan")]
        public string? Layanan { get; set; }

        [Display(Name = "Jumlah responden")]
        [Range(1, 10_000_000, ErrorMessage = "Jumlah responden harus antara 1 dan 10.000.000.")]
        public int? Responden { get; set; }

        public string?[] U { get; set; } = new string?[9];

        public int? Versi { get; set; }

        public static Input From(SkmResultEntity row) => new()
        {
            Id = row.Id,
            Layanan = row.Service,
            Responden = row.Respondents,
            U = [.. SkmWrites.Means(row).Select(Formats.Input)],
            Versi = row.Version,
        };

        /// <summary>The means read as id-ID numbers; one field error per cell that is not a number.</summary>
        internal decimal?[] Means(ModelStateDictionary state)
        {
            var means = new decimal?[9];
            for (var i = 0; i < means.Length; i++)
            {
                var read = NumberReader.Read(i < U.Length ? U[i] : null, NumberConvention.Indonesian);
                if (read.Problem is { } problem)
                {
                    state.AddModelError($"Form.U[{i}]", $"U{i + 1}: {problem} (contoh: 3,25)");
                }
                means[i] = read.Value;
            }
            return means;
        }

        /// <summary>The form field a write problem refers to.</summary>
        public static string FieldOf(string field) => field switch
        {
            SkmWrites.ServiceField => "Form.Layanan",
            SkmWrites.RespondentsField => "Form.Responden",
            ['u', var d] when d is >= '1' and <= '9' => $"Form.U[{d - '1'}]",
            _ => string.Empty,
        };
    }
}
