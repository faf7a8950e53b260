using System.ComponentModel.DataAnnotations;
using Sakip.Data.Evaluation;

namespace Sakip.Web.Features.Evaluasi.Lke;

public sealed partial class IndexModel
{
    /// <summary>The answers of one component form; a column the account may not change is not in the form at all.</summary>
    public sealed class AnswersInput
    {
        [StringLength(20)]
        public string? Komponen { get; set; }

        /// <summary>A criterion whose proposed answer (usulan Sakip) the evaluator takes as nilai penetapan.</summary>
        [StringLength(20)]
        public string? Gunakan { get; set; }

        [MaxLength(200, ErrorMessage = "Terlalu banyak baris kriteria.")]
        public List<AnswerRow> Baris { get; set; } = [];
    }

    public sealed class AnswerRow
    {
        [StringLength(20)]
        public string Kriteria { get; set; } = "";

        [StringLength(2, ErrorMessage = "Nilai usulan tidak dikenal.")]
        public string? Usulan { get; set; }

        [Display(Name = "Catatan unit")]
        [StringLength(WorksheetWrites.NoteLength, ErrorMessage = "{0} paling banyak {1} karakter.")]
        public string? CatatanUsulan { get; set; }

        [StringLength(2, ErrorMessage = "Nilai penetapan tidak dikenal.")]
        public string? Penetapan { get; set; }

        [Display(Name = "Catatan evaluator")]
        [StringLength(WorksheetWrites.NoteLength, ErrorMessage = "{0} paling banyak {1} karakter.")]
        public string? CatatanPenetapan { get; set; }

        public int? Versi { get; set; }
    }

    /// <summary>The LHE form: its fields and recommendation rows, saved as a draft or finalised.</summary>
    public sealed class LheInput
    {
        [Display(Name = "Nomor LHE")]
        [StringLength(WorksheetWrites.NumberLength, ErrorMessage = "{0} paling banyak {1} karakter.")]
        public string? Nomor { get; set; }

        [Display(Name = "Tanggal LHE")]
        [DataType(DataType.Date)]
        public DateOnly? Tanggal { get; set; }

        [Display(Name = "Narasi hasil evaluasi")]
        [StringLength(WorksheetWrites.NarrativeLength, ErrorMessage = "{0} paling banyak {1} karakter.")]
        public string? Narasi { get; set; }

        [Display(Name = "Nama penandatangan")]
        [StringLength(WorksheetWrites.NameLength, ErrorMessage = "{0} paling banyak {1} karakter.")]
        public string? Penandatangan { get; set; }

        [Display(Name = "Jabatan penandatangan")]
        [StringLength(WorksheetWrites.NameLength, ErrorMessage = "{0} paling banyak {1} karakter.")]
        public string? Jabatan { get; set; }

        [Display(Name = "NIP penandatangan")]
        [StringLength(WorksheetWrites.NipLength, ErrorMessage = "{0} paling banyak {1} karakter.")]
        public string? Nip { get; set; }

        [MaxLength(WorksheetLhe.MaxRecommendations, ErrorMessage = "Paling banyak 100 rekomendasi.")]
        public List<RecommendationRow> Rekomendasi { get; set; } = [];

        public int Versi { get; set; }

        /// <summary>simpan, finalisasi, tambah (one more recommendation row) or hapus-N (remove row N).</summary>
        [StringLength(20)]
        public string? Aksi { get; set; }

        public LheFields ToFields() => new(Nomor, Tanggal, Narasi, Penandatangan, Jabatan, Nip);

        public List<RecommendationDraft> Drafts() => [.. Rekomendasi.Select(r => new RecommendationDraft(r.Nomor, r.Komponen, r.Teks))];
    }

    public sealed class RecommendationRow
    {
        [StringLength(20, ErrorMessage = "Nomor rekomendasi paling banyak {1} karakter.")]
        public string? Nomor { get; set; }

        [StringLength(WorksheetWrites.NameLength, ErrorMessage = "Komponen paling banyak {1} karakter.")]
        public string? Komponen { get; set; }

        [StringLength(WorksheetLhe.RecommendationLength, ErrorMessage = "Rekomendasi paling banyak {1} karakter.")]
        public string? Teks { get; set; }
    }
}
