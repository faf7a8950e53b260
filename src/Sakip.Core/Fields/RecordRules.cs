using Sakip.Core.Agreements;
using Sakip.Core.Budget;
using Sakip.Core.Evaluation;
using Sakip.Core.Measurement;
using Sakip.Core.Organisation;
using Sakip.Core.Planning;
using Sakip.Core.Problems;
using Sakip.Core.Reporting;

namespace Sakip.Core.Fields;

/// <summary>
/// The field rules of every record of the data package, in one place: each problem's field is the package column
/// (<c>kode</c>, <c>nilai</c>), which the package reader turns into <c>file:line:column</c> and the forms and the API into
/// their own field names. Required fields and code words are checked where the record is read.
/// </summary>
public static class RecordRules
{
    public static void Unit(Unit unit, List<Problem> problems)
    {
        Add(problems, CodeRule.Check("kode", unit.Code));
        Add(problems, CodeRule.Check("induk", unit.Parent, "Induk"));
        Add(problems, TextRules.Check("nama", TextField.UnitName, unit.Name));
        Add(problems, TextRules.Check("singkatan", TextField.UnitShortName, unit.ShortName));
    }

    public static void PlanElement(PlanElement element, List<Problem> problems)
    {
        Add(problems, CodeRule.Check("kode", element.Code));
        Add(problems, TextRules.Check("uraian", TextField.PlanDescription, element.Statement));
        Add(problems, YearRule.Check("periode_awal", element.PeriodStart, "Periode awal"));
        Add(problems, YearRule.Check("periode_akhir", element.PeriodEnd, "Periode akhir"));
    }

    public static void Indicator(Indicator indicator, List<Problem> problems)
    {
        Add(problems, CodeRule.Check("kode", indicator.Code));
        Add(problems, TextRules.Check("uraian", TextField.IndicatorName, indicator.Name));
        Add(problems, TextRules.Check("satuan", TextField.MeasureUnit, indicator.Measure));
        Add(problems, TextRules.Check("formula", TextField.Formula, indicator.Formula));
        Add(problems, TextRules.Check("pembilang", TextField.ComponentName, indicator.Numerator, "Pembilang"));
        Add(problems, TextRules.Check("penyebut", TextField.ComponentName, indicator.Denominator, "Penyebut"));
        Add(problems, TextRules.Check("sumber_data", TextField.DataSource, indicator.DataSource));
        Add(problems, TextRules.Check("penanggung_jawab", TextField.Responsible, indicator.Responsible));
    }

    /// <summary>A target; warnings for negative values and, when the unit is known, above 100 %.</summary>
    public static void Target(Target target, List<Problem> problems, string? measure = null)
    {
        var before = problems.Count;
        Add(problems, YearRule.Check("tahun", target.Year));
        Add(problems, NumberRule.Check("nilai", target.Value, NumberKind.Quantity, "Nilai target"));
        Add(problems, NumberRule.Check("nilai_maks", target.Max, NumberKind.Quantity, "Nilai maksimum"));
        Add(problems, TextRules.Check("teks", TextField.ValueText, target.Text));
        if (problems.Count == before)
        {
            problems.AddRange(Plausibility.Measured("nilai", target.Value, measure, "Nilai target"));
        }
    }

    public static void Realisation(Realisation realisation, List<Problem> problems, string? measure = null)
    {
        var before = problems.Count;
        Add(problems, YearRule.Check("tahun", realisation.Year));
        Add(problems, NumberRule.Check("nilai", realisation.Value, NumberKind.Quantity, "Realisasi"));
        Add(problems, NumberRule.Check("capaian_tercetak", realisation.PrintedCapaian, NumberKind.Quantity, "Capaian tercetak"));
        Add(problems, TextRules.Check("teks", TextField.ValueText, realisation.Text));
        Add(problems, TextRules.Check("catatan", TextField.Note, realisation.Note));
        Add(problems, TextRules.Check("faktor_pendukung", TextField.Analysis, realisation.Analysis?.SupportingFactors, "Faktor pendukung"));
        Add(problems, TextRules.Check("faktor_penghambat", TextField.Analysis, realisation.Analysis?.InhibitingFactors, "Faktor penghambat"));
        Add(problems, TextRules.Check("solusi", TextField.Analysis, realisation.Analysis?.Solutions, "Solusi"));
        if (problems.Count == before)
        {
            problems.AddRange(Plausibility.Measured("nilai", realisation.Value, measure, "Realisasi"));
        }
    }

    public static void Component(RatioComponent component, List<Problem> problems)
    {
        Add(problems, YearRule.Check("tahun", component.Year));
        Add(problems, NumberRule.Check("nilai", component.Value, NumberKind.Quantity, "Nilai komponen"));
        Add(problems, Plausibility.Component("nilai", component.Value, "Nilai komponen"));
        Add(problems, TextRules.Check("sumber", TextField.DataSource, component.Source, "Sumber"));
    }

    public static void BudgetLine(BudgetLine line, List<Problem> problems)
    {
        var before = problems.Count;
        Add(problems, CodeRule.Check("kode", line.Code));
        Add(problems, YearRule.Check("tahun", line.Year));
        Add(problems, TextRules.Check("uraian", TextField.BudgetName, line.Name));
        Add(problems, NumberRule.Check("pagu", line.Ceiling, NumberKind.Rupiah, "Pagu"));
        Add(problems, NumberRule.Check("realisasi", line.Spent, NumberKind.Rupiah, "Realisasi anggaran"));
        Add(problems, NumberRule.Check("persen_tercetak", line.PrintedPercent, NumberKind.Quantity, "Persen tercetak"));
        for (var quarter = 1; quarter <= 4; quarter++)
        {
            Add(problems, NumberRule.Check(QuarterRule.Column(quarter), line.Quarters?[quarter], NumberKind.Rupiah, QuarterRule.Label(quarter)));
        }
        if (problems.Count == before)
        {
            problems.AddRange(Plausibility.Budget("pagu", line.Ceiling, "realisasi", line.Spent));
            problems.AddRange(QuarterRule.Check(line.Quarters, line.Spent));
        }
    }

    public static void Evaluation(EvaluationScore score, List<Problem> problems)
    {
        Add(problems, YearRule.Check("tahun", score.Year));
        Add(problems, TextRules.Check("komponen", TextField.EvaluationComponent, score.Component));
        Add(problems, NumberRule.Check("bobot", score.Weight, NumberKind.Quantity, "Bobot"));
        Add(problems, NumberRule.Check("nilai", score.Score, NumberKind.Quantity, "Nilai"));
        if (score.Score is < 0 or > 100)
        {
            problems.Add(new Problem("nilai", "Nilai evaluasi harus antara 0 dan 100."));
        }
    }

    public static void Recommendation(Recommendation recommendation, List<Problem> problems)
    {
        Add(problems, YearRule.Check("tahun", recommendation.Year));
        Add(problems, TextRules.Check("nomor", TextField.Code, recommendation.Number, "Nomor"));
        Add(problems, TextRules.Check("komponen", TextField.EvaluationComponent, recommendation.Component));
        Add(problems, TextRules.Check("rekomendasi", TextField.Recommendation, recommendation.Text));
        Add(problems, TextRules.Check("tindak_lanjut", TextField.Recommendation, recommendation.FollowUp, "Tindak lanjut"));
    }

    /// <summary>A Perjanjian Kinerja: both parties' names, positions and NIPs, the version, the signing date against the year.</summary>
    public static void Agreement(Agreement agreement, List<Problem> problems)
    {
        Add(problems, YearRule.Check("tahun", agreement.Year));
        if (agreement.Version < 1)
        {
            problems.Add(new Problem("versi", "Versi PK harus 1 atau lebih."));
        }
        Party(agreement.FirstParty, "pihak_pertama", "pihak pertama", problems);
        Party(agreement.SecondParty, "pihak_kedua", "pihak kedua", problems);
        Add(problems, AgreementDateRule.Check("tanggal", agreement.SignedOn, agreement.Year));
        Add(problems, TextRules.Check("tempat", TextField.Place, agreement.Place));
    }

    /// <remarks>The NIP is checked as stored (<see cref="NipRule.Normalize"/>); a Gubernur or Bupati has none, so it is optional.</remarks>
    static void Party(Party party, string column, string who, List<Problem> problems)
    {
        Add(problems, TextRules.Check(column, TextField.PersonName, party.Name, $"Nama {who}"));
        Add(problems, TextRules.Check("jabatan_" + column, TextField.Position, party.Position, $"Jabatan {who}"));
        if (party.Nip is { } nip)
        {
            var problem = TextRules.Check("nip_" + column, TextField.Nip, nip) is { } tooLong ? tooLong.Message : NipRule.Problem(nip, who);
            Add(problems, problem is null ? null : new Problem("nip_" + column, problem));
        }
    }

    public static void AgreementProgram(AgreementProgram program, List<Problem> problems)
    {
        Add(problems, YearRule.Check("tahun", program.Year));
        Add(problems, TextRules.Check("uraian", TextField.ProgramName, program.Name));
        Add(problems, NumberRule.Check("pagu", program.Amount, NumberKind.Rupiah, "Anggaran program"));
        if (program.Amount < 0)
        {
            problems.Add(new Problem("pagu", "Anggaran program tidak boleh negatif."));
        }
    }

    /// <summary>A narrative section; only the analysis of a sasaran names a plan element, and it must.</summary>
    public static void Narrative(Narrative narrative, List<Problem> problems)
    {
        Add(problems, YearRule.Check("tahun", narrative.Year));
        Add(problems, TextRules.Check("teks", TextField.Narrative, narrative.Text));
        var needsPlan = narrative.Section == NarrativeSection.ObjectiveAnalysis;
        if (needsPlan && narrative.PlanElement is null)
        {
            problems.Add(new Problem("rencana", "Rencana (kode sasaran) wajib diisi untuk bagian analisis_sasaran."));
        }
        if (!needsPlan && narrative.PlanElement is not null)
        {
            problems.Add(new Problem("rencana", $"Rencana hanya diisi untuk bagian analisis_sasaran, bukan {Codes.Of(narrative.Section)}."));
        }
    }

    public static void StaffCount(StaffCount staff, List<Problem> problems)
    {
        Add(problems, YearRule.Check("tahun", staff.Year));
        Add(problems, TextRules.Check("jabatan", TextField.StaffGroup, staff.Position, "Jabatan"));
        Add(problems, TextRules.Check("golongan", TextField.StaffGroup, staff.Rank, "Golongan"));
        Add(problems, TextRules.Check("pendidikan", TextField.StaffGroup, staff.Education, "Pendidikan"));
        if (staff.Count < 0)
        {
            problems.Add(new Problem("jumlah", "Jumlah pegawai tidak boleh negatif."));
        }
    }

    public static void Facility(Facility facility, List<Problem> problems)
    {
        Add(problems, YearRule.Check("tahun", facility.Year));
        Add(problems, TextRules.Check("jenis", TextField.FacilityName, facility.Name));
        Add(problems, NumberRule.Check("jumlah", facility.Quantity, NumberKind.Quantity, "Jumlah sarana"));
        if (facility.Quantity < 0)
        {
            problems.Add(new Problem("jumlah", "Jumlah sarana tidak boleh negatif."));
        }
        Add(problems, TextRules.Check("satuan", TextField.MeasureUnit, facility.Measure));
        Add(problems, TextRules.Check("kondisi", TextField.Note, facility.Condition, "Kondisi"));
        Add(problems, TextRules.Check("keterangan", TextField.Note, facility.Note, "Keterangan"));
    }

    public static void Comparison(ComparisonValue comparison, List<Problem> problems)
    {
        Add(problems, YearRule.Check("tahun", comparison.Year));
        Add(problems, NumberRule.Check("nilai", comparison.Value, NumberKind.Quantity, "Nilai pembanding"));
        Add(problems, TextRules.Check("sumber", TextField.ComparisonSource, comparison.Source));
    }

    static void Add(List<Problem> problems, Problem? problem)
    {
        if (problem is not null)
        {
            problems.Add(problem);
        }
    }
}
