namespace Sakip.Core.Organisation;

/// <summary>Jenis kelamin in staff counts (L / P).</summary>
public enum Gender
{
    /// <summary>L — laki-laki.</summary>
    Male,

    /// <summary>P — perempuan.</summary>
    Female,
}
