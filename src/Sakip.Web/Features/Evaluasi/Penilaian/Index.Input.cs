using System.ComponentModel.DataAnnotations;
using Sakip.Data.Evaluation;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Evaluasi.Penilaian;

public sealed partial class IndexModel
{
    /// <summary>One assessment as typed: the unit, a known kind or an own code, the value in id-ID and/or the printed result.</summary>
    public sealed class Input
    {
        public int? Id { get; set; }

        [Display(Name = "Instansi")]
        [Required(ErrorMessage = "Instansi wajib dipilih.")]
        public string? Instansi { get; set; }

        [Display(Name = "Jenis penilaian")]
        public string? Jenis { get; set; }

        /// <summary>The code of a kind Sakip does not know, used when <see cref="Jenis"/> is "lainnya".</summary>
        [Display(Name = "Kode jenis lain")]
        public string? JenisLain { get; set; }

        [Display(Name = "Nilai")]
        public string? Nilai { get; set; }

        [Display(Name = "Hasil (label)")]
        public string? Label { get; set; }

        [Display(Name = "Sumber")]
        public string? Sumber { get; set; }

        public int? Versi { get; set; }

        public const string Other = "lainnya";

        public string? Kind => Jenis == Other ? JenisLain : Jenis;

        public static Input From(AssessmentEntity row, string unit) => new()
        {
            Id = row.Id,
            Instansi = unit,
            Jenis = Core.Evaluation.AssessmentKinds.Known.ContainsKey(row.Kind) ? row.Kind : Other,
            JenisLain = Core.Evaluation.AssessmentKinds.Known.ContainsKey(row.Kind) ? null : row.Kind,
            Nilai = Formats.Input(row.Value),
            Label = row.Label,
            Sumber = row.Source,
            Versi = row.Version,
        };

        public static string FieldOf(string field) => field switch
        {
            AssessmentWrites.KindField => "Form.Jenis",
            AssessmentWrites.ValueField => "Form.Nilai",
            AssessmentWrites.LabelField => "Form.Label",
            AssessmentWrites.SourceField => "Form.Sumber",
            _ => string.Empty,
        };
    }
}
