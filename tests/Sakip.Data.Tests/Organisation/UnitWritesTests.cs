using Microsoft.EntityFrameworkCore;
using Sakip.Data.Exchange;
using Sakip.Data.Organisation;
using Sakip.Packages;

namespace Sakip.Data.Tests.Organisation;

/// <summary>
/// Adding and moving units keeps every materialised path right (scope checks rely on them) and moves the data
/// versions of exactly the units whose pages change.
/// </summary>
public sealed class UnitWritesTests
{
    static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "samples", "kaltim-setda-2021");

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_new_unit_gets_its_parents_path_and_its_own_id_and_moves_only_the_units_above_it(DatabaseProvider provider)
    {
        await using var database = await SampleAsync(provider);
        var before = await VersionsAsync(database);

        var saved = await CreateAsync(database, new UnitDraft("BAGIAN_UJI", "Bagian Uji", "HUKUM", "unit_kerja", "Bag. Uji"));

        var paths = await PathsAsync(database);
        paths["BAGIAN_UJI"].ShouldBe($"{paths["HUKUM"]}{saved.Id}/");
        var after = await VersionsAsync(database);
        Moved(before, after).ShouldBe(["KALTIM", "SETDA", "HUKUM", "BAGIAN_UJI"], ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Moving_a_unit_rewrites_its_path_and_every_path_below_it(DatabaseProvider provider)
    {
        await using var database = await SampleAsync(provider);
        var child = await CreateAsync(database, new UnitDraft("SUB_HUKUM", "Subbagian Hukum", "HUKUM", "unit_kerja", null));
        var grandchild = await CreateAsync(database, new UnitDraft("SEKSI_HUKUM", "Seksi Hukum", "SUB_HUKUM", "unit_kerja", null));
        var before = await PathsAsync(database);

        var (saved, problems) = await UpdateAsync(database, "HUKUM", new UnitDraft(null, "Biro Hukum", "POD", "unit_kerja", "Biro Hukum"));

        problems.ShouldBeEmpty();
        var after = await PathsAsync(database);
        var hukum = $"{after["POD"]}{saved!.Id}/";
        after["HUKUM"].ShouldBe(hukum);
        after["SUB_HUKUM"].ShouldBe($"{hukum}{child.Id}/");
        after["SEKSI_HUKUM"].ShouldBe($"{hukum}{child.Id}/{grandchild.Id}/");
        after.Where(p => p.Key is not ("HUKUM" or "SUB_HUKUM" or "SEKSI_HUKUM")).ShouldBe(before.Where(p => p.Key is not ("HUKUM" or "SUB_HUKUM" or "SEKSI_HUKUM")), ignoreOrder: true);
        await using var db = database.Open();
        (await db.Units.Where(u => u.Code == "HUKUM").Select(u => u.Parent!.Code).SingleAsync()).ShouldBe("POD");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Moving_a_unit_moves_the_versions_of_its_subtree_and_of_the_units_above_it_before_and_after(DatabaseProvider provider)
    {
        await using var database = await SampleAsync(provider);
        await CreateAsync(database, new UnitDraft("SUB_HUKUM", "Subbagian Hukum", "HUKUM", "unit_kerja", null));
        var before = await VersionsAsync(database);

        await UpdateAsync(database, "HUKUM", new UnitDraft("HUKUM", "Biro Hukum", "INSPEKTORAT", "unit_kerja", "Biro Hukum"));

        var after = await VersionsAsync(database);
        Moved(before, after).ShouldBe(["KALTIM", "SETDA", "INSPEKTORAT", "HUKUM", "SUB_HUKUM"], ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_unit_cannot_move_under_itself_or_a_unit_below_it(DatabaseProvider provider)
    {
        await using var database = await SampleAsync(provider);
        await CreateAsync(database, new UnitDraft("SUB_HUKUM", "Subbagian Hukum", "HUKUM", "unit_kerja", null));
        var before = await PathsAsync(database);

        var (underItself, itself) = await UpdateAsync(database, "HUKUM", new UnitDraft(null, "Biro Hukum", "HUKUM", "unit_kerja", null));
        var (underChild, child) = await UpdateAsync(database, "SETDA", new UnitDraft(null, "Setda", "SUB_HUKUM", "perangkat_daerah", null));

        underItself.ShouldBeNull();
        underChild.ShouldBeNull();
        itself.ShouldHaveSingleItem().ShouldBe(new("induk", "Instansi tidak dapat dipindah ke bawah dirinya sendiri."));
        child.ShouldHaveSingleItem().ShouldBe(new("induk", "Instansi tidak dapat dipindah ke bawah dirinya sendiri."));
        (await PathsAsync(database)).ShouldBe(before, ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_first_root_is_allowed_and_a_second_is_refused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var first = await CreateAsync(database, new UnitDraft("PROV", "Pemerintah Provinsi", null, "pemda", null));
        await using var db = database.Open();
        var (second, problems) = await UnitWrites.CreateAsync(db, new UnitDraft("KAB", "Pemerintah Kabupaten", "", "pemda", null), default);
        var (keptRoot, keptProblems) = await UnitWrites.UpdateAsync(db, first.Id, new UnitDraft("PROV", "Pemerintah Provinsi Baru", null, "pemda", null), default);

        first.Path.ShouldBe($"/{first.Id}/");
        second.ShouldBeNull();
        problems.ShouldHaveSingleItem().ShouldBe(new("induk", "Induk wajib diisi: instalasi ini sudah memiliki instansi teratas (PROV)."));
        keptProblems.ShouldBeEmpty();
        keptRoot!.Path.ShouldBe($"/{first.Id}/");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_unit_below_the_root_cannot_become_a_second_root(DatabaseProvider provider)
    {
        await using var database = await SampleAsync(provider);

        var (saved, problems) = await UpdateAsync(database, "SETDA", new UnitDraft(null, "Setda", null, "perangkat_daerah", null));

        saved.ShouldBeNull();
        problems.ShouldHaveSingleItem().Field.ShouldBe("induk");
    }

    public static TheoryData<string, string?, string?, string?, string?, string, string> InvalidDrafts => new()
    {
        { "empty code", "", "Nama", "SETDA", "unit_kerja", "kode", "Kode instansi wajib diisi." },
        { "space in code", "BIRO BARU", "Nama", "SETDA", "unit_kerja", "kode", "Kode instansi \"BIRO BARU\" memuat spasi atau garis miring (/), sehingga sulit dipakai dalam alamat tautan dan API; sebaiknya gunakan huruf, angka, titik, tanda hubung atau garis bawah." },
        { "slash in code", "BIRO/BARU", "Nama", "SETDA", "unit_kerja", "kode", "Kode instansi \"BIRO/BARU\" memuat spasi atau garis miring (/), sehingga sulit dipakai dalam alamat tautan dan API; sebaiknya gunakan huruf, angka, titik, tanda hubung atau garis bawah." },
        { "long code", new string('K', 65), "Nama", "SETDA", "unit_kerja", "kode", "Kode instansi paling banyak 64 karakter (tertulis 65 karakter)." },
        { "taken code", "HUKUM", "Nama", "SETDA", "unit_kerja", "kode", "Kode instansi HUKUM sudah dipakai." },
        { "empty name", "BIRO_BARU", " ", "SETDA", "unit_kerja", "nama", "Nama instansi wajib diisi, paling banyak 300 karakter." },
        { "long name", "BIRO_BARU", new string('n', 301), "SETDA", "unit_kerja", "nama", "Nama instansi wajib diisi, paling banyak 300 karakter." },
        { "unknown kind", "BIRO_BARU", "Nama", "SETDA", "dinas", "jenis", "Jenis instansi \"dinas\" tidak dikenal; pilih salah satu: pemda, perangkat_daerah, unit_kerja." },
        { "no kind", "BIRO_BARU", "Nama", "SETDA", null, "jenis", "Jenis instansi wajib dipilih: pemda, perangkat_daerah, unit_kerja." },
        { "unknown parent", "BIRO_BARU", "Nama", "TIDAK_ADA", "unit_kerja", "induk", "Induk TIDAK_ADA tidak ditemukan." },
    };

    [Theory]
    [MemberData(nameof(InvalidDrafts))]
    public async Task An_invalid_unit_is_refused_with_the_problem_on_its_column_and_nothing_is_stored(
        string situation, string? code, string? name, string? parent, string? kind, string field, string message)
    {
        await using var database = await SampleAsync(DatabaseProvider.Sqlite);
        await using var db = database.Open();
        var count = await db.Units.CountAsync();

        var (saved, problems) = await UnitWrites.CreateAsync(db, new UnitDraft(code, name, parent, kind, null), default);

        saved.ShouldBeNull(situation);
        problems.ShouldHaveSingleItem(situation).ShouldBe(new(field, message), situation);
        (await db.Units.CountAsync()).ShouldBe(count, situation);
    }

    [Fact]
    public async Task A_short_name_longer_than_100_characters_and_a_changed_code_are_refused()
    {
        await using var database = await SampleAsync(DatabaseProvider.Sqlite);

        var (saved, problems) = await UpdateAsync(database, "HUKUM", new UnitDraft("HUKUM_BARU", "Biro Hukum", "SETDA", "unit_kerja", new string('s', 101)));

        saved.ShouldBeNull();
        problems.Select(p => p.Field).ShouldBe(["kode", "singkatan"]);
        (await PathsAsync(database)).ShouldContainKey("HUKUM");
    }

    static async Task<TestDatabase> SampleAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.Open();
        await DatasetImporter.ImportAsync(db, PackageReader.Read(Sample).Data!, "impor", DateTimeOffset.UnixEpoch);
        return database;
    }

    static async Task<UnitEntity> CreateAsync(TestDatabase database, UnitDraft draft)
    {
        await using var db = database.Open();
        var (saved, problems) = await UnitWrites.CreateAsync(db, draft, default);
        problems.ShouldBeEmpty();
        return saved!;
    }

    static async Task<(UnitEntity? Saved, IReadOnlyList<Core.Problems.Problem> Problems)> UpdateAsync(TestDatabase database, string code, UnitDraft draft)
    {
        await using var db = database.Open();
        var id = await db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync();
        return await UnitWrites.UpdateAsync(db, id, draft, default);
    }

    static async Task<Dictionary<string, string>> PathsAsync(TestDatabase database)
    {
        await using var db = database.Open();
        return await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Code, u => u.Path);
    }

    static async Task<Dictionary<string, long>> VersionsAsync(TestDatabase database)
    {
        await using var db = database.Open();
        return await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Code, u => u.DataVersion);
    }

    static List<string> Moved(Dictionary<string, long> before, Dictionary<string, long> after) =>
        [.. after.Where(a => !before.TryGetValue(a.Key, out var version) || a.Value != version).Select(a => a.Key)];
}
