using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Sakip.Core.Measurement;
using Sakip.Core.Workflow;
using Sakip.Core.Workflow.Schedules;
using Sakip.Data.Workflow;
using Sakip.Reports.Workflow;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Admin;

public sealed partial class JadwalModel
{
    /// <summary>The installation's zone and reminder days. No [Required]: every form of the page binds on every post.</summary>
    public sealed class SettingsInput
    {
        public string? Zona { get; set; }

        [Range(0, 90, ErrorMessage = "Pengingat harus antara 0 dan 90 hari sebelum batas waktu.")]
        public int? Pengingat { get; set; }

        [Range(0, 90, ErrorMessage = "Eskalasi harus antara 0 dan 90 hari setelah batas waktu.")]
        public int? Eskalasi { get; set; }

        /// <summary>The version the form was opened with; 0 while no settings are stored.</summary>
        public int? Versi { get; set; }

        public static SettingsInput From(WorkflowSettingsEntity s) =>
            new() { Zona = s.TimeZone, Pengingat = s.RemindDaysBefore, Eskalasi = s.EscalateDaysAfter, Versi = s.Version };
    }

    /// <summary>One window: a new one (no <see cref="Id"/>) or a change of the dates and policy of a stored one.</summary>
    public sealed class WindowInput
    {
        public int? Id { get; set; }

        [Year]
        public int? Tahun { get; set; }

        public string? Objek { get; set; }

        public string? Periode { get; set; }

        public DateOnly? Dibuka { get; set; }

        public DateOnly? Ditutup { get; set; }

        public string? Kebijakan { get; set; }

        public int? Versi { get; set; }

        public static WindowInput From(ScheduleEntity s) => new()
        {
            Id = s.Id,
            Tahun = s.Year,
            Objek = CycleObjects.Code(s.Kind),
            Periode = TimelinessTable.PeriodCode(s.Period),
            Dibuka = s.OpensOn,
            Ditutup = s.ClosesOn,
            Kebijakan = ScheduleText.PolicyCode(s.Policy),
            Versi = s.Version,
        };

        /// <summary>The window as typed, or null with the reasons in <paramref name="state"/> (field messages in Indonesian).</summary>
        public (CycleObject Kind, int Year, Period Period, EntryWindow Window)? Read(ModelStateDictionary state)
        {
            const string p = nameof(Jadwal);
            var kind = CycleObjects.Parse(Objek);
            var period = Periods.All.Cast<Period?>().FirstOrDefault(x => TimelinessTable.PeriodCode(x!.Value) == Periode?.Trim());
            var policy = ScheduleText.ParsePolicy(Kebijakan);
            if (Tahun is null) { state.AddModelError($"{p}.{nameof(Tahun)}", "Tahun wajib diisi."); }
            if (kind is null) { state.AddModelError($"{p}.{nameof(Objek)}", "Pilih objek yang dijadwalkan."); }
            if (period is null) { state.AddModelError($"{p}.{nameof(Periode)}", "Pilih periode: triwulan I–IV atau tahunan."); }
            if (policy is null) { state.AddModelError($"{p}.{nameof(Kebijakan)}", "Pilih perlakuan pengajuan terlambat: dicatat terlambat atau ditolak."); }
            if (Ditutup is null && state.GetFieldValidationState($"{p}.{nameof(Ditutup)}") != ModelValidationState.Invalid)
            {
                state.AddModelError($"{p}.{nameof(Ditutup)}", "Tanggal ditutup wajib diisi.");
            }
            if (!state.IsValid || Tahun is not { } year || kind is not { } k || period is not { } per || policy is not { } pol || Ditutup is not { } closes)
            {
                return null;
            }
            foreach (var problem in ScheduleRule.Check(k, year, per, Dibuka, closes))
            {
                state.AddModelError(problem.Field switch
                {
                    "tahun" => $"{p}.{nameof(Tahun)}",
                    "periode" => $"{p}.{nameof(Periode)}",
                    "dibuka" => $"{p}.{nameof(Dibuka)}",
                    _ => $"{p}.{nameof(Ditutup)}",
                }, problem.Message);
            }
            return state.IsValid ? (k, year, per, new EntryWindow(Dibuka, closes, pol)) : null;
        }
    }

    /// <summary>"Isi dengan usulan bawaan": the year, and when known the day the budget (DPA) was set, for the PK's deadline.</summary>
    public sealed class DefaultsInput
    {
        [Year]
        public int? Tahun { get; set; }

        public DateOnly? PenetapanAnggaran { get; set; }
    }
}
