using Sakip.Web.Features.Laporan;
using Sakip.Web.Features.Pengukuran;
using Sakip.Web.Features.Perencanaan;
using Sakip.Web.Features.PerjanjianKinerja;

namespace Sakip.Web.Features;

/// <summary>The REST API under /api/v1; resources are named as in the data package.</summary>
public static class SakipApi
{
    public static IEndpointRouteBuilder MapSakipApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization();
        api.MapPerencanaanApi();
        api.MapPengukuranApi();
        api.MapPerjanjianKinerjaApi();
        api.MapLaporanApi();
        Evaluasi.Lke.LkeApi.MapLkeApi(api);
        Evaluasi.Rekap.RekapApi.MapRekapApi(api);
        Evaluasi.TindakLanjut.TindakLanjutApi.MapTindakLanjutApi(api);
        Alur.AlurApi.MapAlurApi(api);
        Admin.JejakApi.MapJejakApi(api);
        Alur.KetepatanApi.MapKetepatanApi(api);
        return app;
    }
}
