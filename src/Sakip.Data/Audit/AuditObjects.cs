using Microsoft.AspNetCore.Identity;
using Sakip.Data.Accounts;
using Sakip.Data.Agreements;
using Sakip.Data.Budget;
using Sakip.Data.Evaluation;
using Sakip.Data.Measurement;
using Sakip.Data.Organisation;
using Sakip.Data.Planning;
using Sakip.Data.Reporting;
using Sakip.Data.Workflow;

namespace Sakip.Data.Audit;

/// <summary>The kinds of record the audit trail names, each by the name a reader knows it by.</summary>
public static class AuditObjects
{
    public static readonly IReadOnlyDictionary<Type, string> Labels = new Dictionary<Type, string>
    {
        [typeof(UnitEntity)] = "Instansi",
        [typeof(PlanElementEntity)] = "Rencana",
        [typeof(IndicatorEntity)] = "Indikator",
        [typeof(PlanRevisionEntity)] = "Revisi Renstra",
        [typeof(TargetEntity)] = "Target",
        [typeof(RealisationEntity)] = "Realisasi",
        [typeof(ComponentEntity)] = "Komponen",
        [typeof(EvidenceFileEntity)] = "Bukti dukung",
        [typeof(BudgetLineEntity)] = "Anggaran",
        [typeof(EvaluationScoreEntity)] = "Nilai evaluasi",
        [typeof(RecommendationEntity)] = "Rekomendasi",
        [typeof(ScaleBandEntity)] = "Skala",
        [typeof(LkeTemplateEntity)] = "Templat LKE",
        [typeof(EvaluationEntity)] = "Evaluasi",
        [typeof(LkeAnswerEntity)] = "Jawaban LKE",
        [typeof(EvaluationEvidenceEntity)] = "Bukti evaluasi",
        [typeof(FollowUpActionEntity)] = "Rencana aksi tindak lanjut",
        [typeof(AssessmentEntity)] = "Penilaian",
        [typeof(SkmResultEntity)] = "Hasil SKM",
        [typeof(SkmResponseEntity)] = "Responden SKM",
        [typeof(UnitGroupEntity)] = "Kelompok instansi",
        [typeof(UnitGroupMemberEntity)] = "Anggota kelompok",
        [typeof(RecapIndicatorEntity)] = "Indikator rekap",
        [typeof(AgreementEntity)] = "Perjanjian Kinerja",
        [typeof(AgreementTargetEntity)] = "Target PK",
        [typeof(AgreementProgramEntity)] = "Program PK",
        [typeof(NarrativeEntity)] = "Narasi",
        [typeof(StaffCountEntity)] = "Jumlah pegawai",
        [typeof(FacilityEntity)] = "Sarana prasarana",
        [typeof(ComparisonValueEntity)] = "Nilai pembanding",
        [typeof(PublishedReportEntity)] = "Publikasi",
        [typeof(ApiTokenEntity)] = "Token API",
        [typeof(WorkflowItemEntity)] = "Status alur",
        [typeof(WorkflowStepEntity)] = "Langkah alur",
        [typeof(ScheduleEntity)] = "Jadwal",
        [typeof(WorkflowSettingsEntity)] = "Pengaturan alur",
        [typeof(SakipUser)] = "Akun",
        [typeof(IdentityRole)] = "Peran",
        [typeof(IdentityUserRole<string>)] = "Peran akun",
    };
}
