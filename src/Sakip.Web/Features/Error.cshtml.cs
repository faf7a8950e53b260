using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sakip.Data.Workflow;

namespace Sakip.Web.Features;

/// <summary>The error page for unhandled exceptions and status codes, in Bahasa Indonesia.</summary>
public sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "Terjadi kesalahan";
    public string Message { get; private set; } = "Permintaan tidak dapat diproses. Silakan coba lagi atau hubungi admin.";

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    void Describe(int? code)
    {
        if (HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error is WorkflowLockedException locked)
        {
            (Title, Message) = ("Data terkunci", locked.Message);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return;
        }
        (Title, Message) = code switch
        {
            404 => ("Halaman tidak ditemukan", "Halaman atau data yang dicari tidak ada, atau di luar cakupan unit Anda."),
            403 => ("Akses ditolak", "Akun Anda tidak berwenang untuk tindakan ini."),
            400 => ("Permintaan tidak valid", "Formulir kedaluwarsa atau tidak lengkap. Muat ulang halaman lalu coba lagi."),
            413 => ("Berkas terlalu besar", "Ukuran unggahan melebihi batas 20 MB."),
            _ => (Title, Message),
        };
        if (code is { } status)
        {
            Response.StatusCode = status;
        }
    }
}
