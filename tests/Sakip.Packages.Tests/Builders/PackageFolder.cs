using System.Text;

namespace Sakip.Packages.Tests.Builders;

/// <summary>
/// A data package written file by file into its own temporary folder, deleted on dispose, so every test builds
/// the package it reads and no test sees another's files.
/// </summary>
internal sealed class PackageFolder : IDisposable
{
    private PackageFolder() => Path = Directory.CreateTempSubdirectory("sakip-paket-").FullName;

    public string Path { get; }

    /// <summary>An empty folder.</summary>
    public static PackageFolder Empty() => new();

    /// <summary>
    /// The smallest valid package: a pemda with one perangkat daerah, a tujuan T1 with a sasaran S1, indicator IKU1
    /// with a 2021 pk target of 80 and an annual realisation of 88. Line 2 of each file is its first row.
    /// </summary>
    public static PackageFolder Minimal() => Empty()
        .With("instansi.csv",
            "kode,nama,induk,jenis",
            "PEMDA,Pemerintah Provinsi,,pemda",
            "OPD,Sekretariat Daerah,PEMDA,perangkat_daerah")
        .With("rencana.csv",
            "kode,instansi,jenis,induk,uraian,periode_awal,periode_akhir",
            "T1,OPD,tujuan,,Birokrasi yang efektif,2019,2023",
            "S1,OPD,sasaran,T1,Meningkatnya kinerja,,")
        .With("indikator.csv",
            "kode,rencana,uraian",
            "IKU1,S1,Indeks kinerja")
        .With("target.csv",
            "indikator,tahun,jenis,nilai",
            "IKU1,2021,pk,80")
        .With("realisasi.csv",
            "indikator,tahun,periode,nilai",
            "IKU1,2021,tahunan,88");

    /// <summary>Writes (or replaces) a file: the lines joined by LF, UTF-8 without BOM.</summary>
    public PackageFolder With(string file, params string[] lines) =>
        WithBytes(file, Encoding.UTF8.GetBytes(string.Concat(lines.Select(line => line + "\n"))));

    public PackageFolder WithBytes(string file, byte[] bytes)
    {
        System.IO.File.WriteAllBytes(PathOf(file), bytes);
        return this;
    }

    public PackageFolder Without(string file)
    {
        System.IO.File.Delete(PathOf(file));
        return this;
    }

    /// <summary>The full path of a file in the package folder.</summary>
    public string PathOf(string name) => System.IO.Path.Combine(Path, name);

    public PackageReadResult Read() => PackageReader.Read(Path);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
