/** A realistic message body for the benchmarks (written for them, not taken from any dataset). */
export const benchMessage = (index: number) => ({
  categoryId: 'roads',
  subcategoryId: 'roads.potholes',
  text: `Замер ${index}: на улице Ленина у дома 12 глубокая яма на проезжей части, после дождя её не видно, машины повреждают колёса. Прошу отремонтировать покрытие.`,
  oktmo: '38701000',
  address: 'г. Курск, ул. Ленина, 12',
  location: { lat: 51.7304, lon: 36.1926 },
});
