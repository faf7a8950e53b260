using Microsoft.AspNetCore.Identity;

namespace Sakip.Data.Accounts;

/// <summary>Identity's account errors in Bahasa Indonesia, for the admin page and the CLI.</summary>
public sealed class IndonesianIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), $"Kata sandi minimal {length} karakter.");

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "Kata sandi harus memuat angka (0-9).");

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), "Kata sandi harus memuat huruf kecil (a-z).");

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), "Kata sandi harus memuat huruf besar (A-Z).");

    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), "Kata sandi harus memuat simbol.");

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), $"Kata sandi harus memuat sedikitnya {uniqueChars} karakter berbeda.");

    public override IdentityError ConcurrencyFailure() =>
        Error(nameof(ConcurrencyFailure), "Akun ini telah diubah Admin lain sejak halaman dibuka; perubahan Anda belum disimpan. Muat ulang halaman lalu ubah lagi.");

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), $"Surel {email} sudah dipakai akun lain.");

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), $"Nama pengguna {userName} sudah dipakai akun lain.");

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), $"Surel {email} tidak valid.");

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), $"Nama pengguna {userName} tidak valid.");

    static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
