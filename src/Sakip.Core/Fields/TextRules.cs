using System.Globalization;
using Sakip.Core.Problems;

namespace Sakip.Core.Fields;

/// <summary>
/// The length limit of every free-text field, defined once: the package reader, the forms, the API and the database
/// columns all take theirs from here.
/// </summary>
/// <remarks>
/// The limits are generous for what people type (a sasaran statement is rarely over 500 characters) and small enough
/// that a pasted document or a 1 MB request is refused with a message instead of reaching the database.
/// </remarks>
public static class TextRules
{
    public static int MaxLength(TextField field) => field switch
    {
        TextField.Code => 64,
        TextField.UnitName => 300,
        TextField.UnitShortName => 100,
        TextField.PlanDescription => 2000,
        TextField.IndicatorName => 1000,
        TextField.MeasureUnit => 100,
        TextField.Formula => 2000,
        TextField.ComponentName => 1000,
        TextField.DataSource => 1000,
        TextField.Responsible => 200,
        TextField.ValueText => 100,
        TextField.Analysis => 4000,
        TextField.Note => 1000,
        TextField.Reason => 1000,
        TextField.PersonName => 200,
        TextField.Position => 300,
        TextField.ProgramName => 500,
        TextField.BudgetName => 1000,
        TextField.EvaluationComponent => 500,
        TextField.Recommendation => 4000,
        TextField.AccountName => 200,
        TextField.Email => 256,
        TextField.TokenName => 100,

        // Typed with spaces (19700101 199003 1 001); NipRule then wants 18 digits.
        TextField.Nip => 30,

        // A chapter section of the LKjIP: several pages of text, not a pasted document.
        TextField.Narrative => 20000,
        TextField.Place => 100,
        TextField.FacilityName => 300,
        TextField.StaffGroup => 100,
        TextField.ComparisonSource => 500,

        // The evaluation side (issue #9): each limit is its database column's.
        TextField.LkeCriterion => 20,
        TextField.LkeNote => 4000,
        TextField.SkmService => 200,
        TextField.AssessmentLabel => 100,
        TextField.AssessmentSource => 300,
        TextField.GroupCode => 40,
        TextField.GroupName => 200,
        TextField.GradeLabel => 10,
    };

    /// <summary>What the field is called on screen, in Bahasa Indonesia.</summary>
    public static string Label(TextField field) => field switch
    {
        TextField.Code => "Kode",
        TextField.UnitName => "Nama instansi",
        TextField.UnitShortName => "Singkatan",
        TextField.PlanDescription => "Uraian",
        TextField.IndicatorName => "Nama indikator",
        TextField.MeasureUnit => "Satuan",
        TextField.Formula => "Formula",
        TextField.ComponentName => "Nama komponen",
        TextField.DataSource => "Sumber data",
        TextField.Responsible => "Penanggung jawab",
        TextField.ValueText => "Teks nilai",
        TextField.Analysis => "Analisis",
        TextField.Note => "Catatan",
        TextField.Reason => "Alasan",
        TextField.PersonName => "Nama",
        TextField.Position => "Jabatan",
        TextField.ProgramName => "Nama program",
        TextField.BudgetName => "Uraian anggaran",
        TextField.EvaluationComponent => "Komponen evaluasi",
        TextField.Recommendation => "Rekomendasi",
        TextField.AccountName => "Nama",
        TextField.Email => "Surel",
        TextField.TokenName => "Nama token",
        TextField.Nip => "NIP",
        TextField.Narrative => "Narasi",
        TextField.Place => "Tempat",
        TextField.FacilityName => "Jenis sarana",
        TextField.StaffGroup => "Kelompok pegawai",
        TextField.ComparisonSource => "Sumber pembanding",
        TextField.LkeCriterion => "Kode kriteria",
        TextField.LkeNote => "Catatan",
        TextField.SkmService => "Nama layanan",
        TextField.AssessmentLabel => "Predikat",
        TextField.AssessmentSource => "Sumber",
        TextField.GroupCode => "Kode kelompok",
        TextField.GroupName => "Nama kelompok",
        TextField.GradeLabel => "Predikat minimal",
    };

    /// <summary>A problem when <paramref name="text"/> is longer than the field allows; null text is not checked here.</summary>
    public static Problem? Check(string where, TextField field, string? text, string? label = null)
    {
        var max = MaxLength(field);
        return text is not null && text.Length > max
            ? new Problem(where, string.Create(CultureInfo.InvariantCulture,
                $"{label ?? Label(field)} paling banyak {max} karakter (tertulis {text.Length} karakter)."))
            : null;
    }
}
