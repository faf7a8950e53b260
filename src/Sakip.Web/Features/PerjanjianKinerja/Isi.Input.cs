using Sakip.Core.Agreements;
using Sakip.Core.Fields;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Sakip.Packages.Values;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.PerjanjianKinerja;

public sealed partial class IsiModel
{
    /// <summary>The PK form: both parties, the target of each of the unit's indicators, and the programs with their budget.</summary>
    public sealed class Input
    {
        public PartyInput PihakPertama { get; set; } = new();

        public PartyInput PihakKedua { get; set; } = new();

        public DateOnly? TanggalTandaTangan { get; set; }

        [TextLimit(TextField.Reason, Label = "Alasan revisi")]
        public string? Alasan { get; set; }

        public List<TargetInput> Target { get; set; } = [];

        public List<ProgramInput> Program { get; set; } = [];

        public sealed class PartyInput
        {
            [TextLimit(TextField.PersonName)]
            public string? Nama { get; set; }

            [TextLimit(TextField.Nip)]
            public string? Nip { get; set; }

            [TextLimit(TextField.Position)]
            public string? Jabatan { get; set; }

            public ActingKind Status { get; set; }

            public static PartyInput From(AgreementView.Party p) => new() { Nama = p.Name, Nip = p.NipPrinted, Jabatan = p.Position, Status = p.Acting };

            public AgreementView.Party ToParty() => new(Nama ?? "", NipRule.Normalize(Nip), Jabatan ?? "", Status);
        }

        /// <summary>The version in force when the form was opened (0: none yet), so a revision over a newer one is refused.</summary>
        public int? Versi { get; set; }

        public sealed class TargetInput
        {
            public string Kode { get; set; } = "";

            public string? Nilai { get; set; }
        }

        public sealed class ProgramInput
        {
            public int? AnggaranId { get; set; }

            [TextLimit(TextField.ProgramName)]
            public string? Nama { get; set; }

            public string? Jumlah { get; set; }
        }

        /// <summary>
        /// The current PK to revise, or for a first PK the proposed targets (pk, else Renstra), the unit's own programs and,
        /// as pihak kedua, the pihak pertama of the unit above's PK (the cascade).
        /// </summary>
        public static Input From(View view)
        {
            var current = view.Current;
            var programs = current?.Programs.Select(p => new ProgramInput { AnggaranId = p.BudgetLineId, Nama = p.Name, Jumlah = Formats.Input(p.Amount) })
                ?? view.Programs.Where(p => p.Own).Select(p => new ProgramInput { AnggaranId = p.Id, Nama = p.Name, Jumlah = Formats.Input(p.Ceiling) });
            return new Input
            {
                Versi = current?.Version ?? 0,
                PihakPertama = current is null ? new() : PartyInput.From(current.First),
                PihakKedua = current is not null ? PartyInput.From(current.Second) : view.Parent is { } parent ? PartyInput.From(parent.First) : new(),
                TanggalTandaTangan = current?.SignedOn,
                Target = [.. view.Indicators.Select(i => new TargetInput
                {
                    Kode = i.Code,
                    Nilai = current is null ? TargetText.Input(i.Value, i.Text)
                        : current.Targets.FirstOrDefault(t => t.IndicatorCode == i.Code) is { } t ? TargetText.Input(t.Value, t.Text) : null,
                })],
                Program = [.. programs, new(), new(), new()],
            };
        }

        /// <summary>Reads the numbers the Indonesian way; a program picked from the budget takes its name and pagu unless typed over.</summary>
        public AgreementDraft ToDraft(View view, ModelStateDictionary state)
        {
            var targets = new List<AgreementDraft.TargetValue>();
            for (var i = 0; i < Target.Count; i++)
            {
                var read = NumberReader.Read(Target[i].Nilai, NumberConvention.Indonesian);
                if (read.Problem is { } problem)
                {
                    state.AddModelError($"Form.Target[{i}].Nilai", $"Target {Named(view, Target[i].Kode)}: {problem} (contoh: 3,095 atau 70 (cukup)).");
                }
                else if (read.Value is not null)
                {
                    targets.Add(new(Target[i].Kode, read.Value, read.Text));
                }
            }
            var programs = new List<AgreementView.ProgramRow>();
            for (var i = 0; i < Program.Count; i++)
            {
                if (ReadProgram(Program[i], i, view, state) is { } program)
                {
                    programs.Add(program);
                }
            }
            return new AgreementDraft(PihakPertama.ToParty(), PihakKedua.ToParty(), TanggalTandaTangan, Alasan, targets, programs);
        }

        /// <summary>An indicator as people know it: its name, with the code when the name does not already carry it.</summary>
        static string Named(View view, string code) => view.Indicators.FirstOrDefault(x => x.Code == code)?.Name is not { } name ? code
            : name.Contains(code, StringComparison.Ordinal) ? name : $"{name} ({code})";

        static AgreementView.ProgramRow? ReadProgram(ProgramInput row, int i, View view, ModelStateDictionary state)
        {
            var line = view.Programs.FirstOrDefault(p => p.Id == row.AnggaranId);
            if (line is null && string.IsNullOrWhiteSpace(row.Nama) && string.IsNullOrWhiteSpace(row.Jumlah))
            {
                return null;
            }
            var name = string.IsNullOrWhiteSpace(row.Nama) ? line?.Name : row.Nama;
            var amount = NumberReader.Read(row.Jumlah, NumberConvention.Indonesian);
            if (string.IsNullOrWhiteSpace(name))
            {
                state.AddModelError($"Form.Program[{i}].Nama", $"Program baris {i + 1}: nama program wajib diisi atau pilih dari anggaran.");
            }
            if (amount.Problem is { } problem)
            {
                state.AddModelError($"Form.Program[{i}].Jumlah", $"Program baris {i + 1}: anggaran {problem} (contoh: 4.294.000.048).");
            }
            var value = amount.Value ?? line?.Ceiling;
            if (value is null or < 0 && amount.Problem is null)
            {
                state.AddModelError($"Form.Program[{i}].Jumlah", $"Program baris {i + 1}: anggaran wajib diisi, tidak boleh negatif.");
            }
            return value is { } v && name is not null ? new(line?.Id, name, v) : null;
        }

        public static string FieldOf(string field) => field switch
        {
            "pihak_pertama.nama" => "Form.PihakPertama.Nama",
            "pihak_pertama.nip" => "Form.PihakPertama.Nip",
            "pihak_pertama.jabatan" => "Form.PihakPertama.Jabatan",
            "pihak_kedua.nama" => "Form.PihakKedua.Nama",
            "pihak_kedua.nip" => "Form.PihakKedua.Nip",
            "pihak_kedua.jabatan" => "Form.PihakKedua.Jabatan",
            "alasan" => "Form.Alasan",
            "tanggal_tanda_tangan" => "Form.TanggalTandaTangan",
            _ => string.Empty,
        };
    }
}
