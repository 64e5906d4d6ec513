/** The address of the emergencies page opening one event (`open`), or the 登记 dialog filled from a matter (`fromRisk`). */
export const emergencyPath = {
  open: (id: string) => `/emergencies?open=${encodeURIComponent(id)}`,
  fromRisk: (matterId: string) => `/emergencies?fromRisk=${encodeURIComponent(matterId)}`,
};
