using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Sakip.Core.Evaluation.Lke;

namespace Sakip.Web.Features.Evaluasi.Templat;

public sealed partial class UbahModel
{
    public sealed class Input
    {
        [Display(Name = "Nama templat")]
        [Required(ErrorMessage = "{0} wajib diisi.")]
        [StringLength(200, ErrorMessage = "{0} paling banyak {1} karakter.")]
        public string? Nama { get; set; }

        [Display(Name = "Dasar peraturan")]
        [StringLength(300, ErrorMessage = "{0} paling banyak {1} karakter.")]
        public string? Regulasi { get; set; }

        [MaxLength(20, ErrorMessage = "Paling banyak 20 komponen.")]
        public List<ComponentInput> Komponen { get; set; } = [];

        public static Input From(LkeTemplate t) => new()
        {
            Nama = t.Name,
            Regulasi = t.Regulation,
            Komponen = [.. t.Components.Select(c => new ComponentInput
            {
                Kode = c.Code, Nama = c.Name, Bobot = Number(c.Weight),
                Sub = [.. c.SubComponents.Select(s => new SubInput
                {
                    Kode = s.Code, Nama = s.Name, Bobot = Number(s.Weight),
                    Kriteria = [.. s.Criteria.Select(k => new CriterionInput
                    {
                        Kode = k.Code, Uraian = k.Text, Jawaban = k.AnswerType == AnswerType.YesNo ? "yt" : "abcde", Bukti = k.Evidence,
                        SumberBukti = ProofKinds.Code(k.Proof), Syarat = LkeLogicRules.Format(t.Rules.Where(r => r.Criterion == k.Code)),
                    }), new CriterionInput { Jawaban = s.Criteria.Count > 0 && s.Criteria[^1].AnswerType == AnswerType.YesNo ? "yt" : "abcde" }],
                })],
            })],
        };

        static string Number(decimal value) => value.ToString(CultureInfo.GetCultureInfo("id-ID"));
    }

    public sealed class ComponentInput
    {
        [StringLength(20)]
        public string? Kode { get; set; }

        [StringLength(200, ErrorMessage = "Nama komponen paling banyak {1} karakter.")]
        public string? Nama { get; set; }

        [StringLength(20)]
        public string? Bobot { get; set; }

        [MaxLength(20, ErrorMessage = "Paling banyak 20 sub-komponen.")]
        public List<SubInput> Sub { get; set; } = [];
    }

    public sealed class SubInput
    {
        [StringLength(20)]
        public string? Kode { get; set; }

        [StringLength(300, ErrorMessage = "Nama sub-komponen paling banyak {1} karakter.")]
        public string? Nama { get; set; }

        [StringLength(20)]
        public string? Bobot { get; set; }

        [MaxLength(100, ErrorMessage = "Paling banyak 100 kriteria per sub-komponen.")]
        public List<CriterionInput> Kriteria { get; set; } = [];
    }

    public sealed class CriterionInput
    {
        [StringLength(20, ErrorMessage = "Kode kriteria paling banyak {1} karakter.")]
        public string? Kode { get; set; }

        [StringLength(2000, ErrorMessage = "Uraian kriteria paling banyak {1} karakter.")]
        public string? Uraian { get; set; }

        [StringLength(10)]
        public string? Jawaban { get; set; }

        [StringLength(1000, ErrorMessage = "Bukti paling banyak {1} karakter.")]
        public string? Bukti { get; set; }

        [StringLength(40)]
        public string? SumberBukti { get; set; }

        [StringLength(200, ErrorMessage = "Syarat paling banyak {1} karakter.")]
        public string? Syarat { get; set; }

        public bool Hapus { get; set; }
    }
}
